using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>The "no" answers of seed-004 control points that the flow scenarios did not already take.</summary>
public abstract class ControlPointNoPathTests(IScenarioHost host)
{
    [Fact]
    public async Task A_leader_who_does_not_approve_the_budget_sends_it_back_to_the_design_office()
    {
        var flow = await NewConnectionAsync(["id-or-household-register", "property-certificate", "plan-location-map"]);
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN25"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", 30_000), ("depositAmount", 0));

        await flow.CompleteAsync("LeaderApproval", ("approved", false), ("comment", "预算偏高，请复核"));

        Assert.Equal(["Budget"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Null((await flow.DetailsAsync()).AccountNumber);
        await flow.CompleteAsync("Budget", ("amount", 26_000), ("depositAmount", 0));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);
    }

    [Fact]
    public async Task Documents_the_customer_cannot_supply_refuse_the_request()
    {
        var flow = await NewConnectionAsync(["property-certificate"]);

        await flow.CompleteAsync("SupplementDocuments", ("documentsComplete", false));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
    }

    [Fact]
    public async Task A_business_office_leader_who_refuses_a_retrofit_rejects_it()
    {
        var (flow, _) = await RetrofitAsync();

        await flow.CompleteAsync("OfficeApproval", ("approved", false), ("comment", "物业未同意"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
    }

    [Fact]
    public async Task A_fee_the_accounts_credit_covers_needs_no_payment_wait()
    {
        var (flow, account) = await RetrofitAsync();
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Counter, "PRE-" + flow.Request.Number, account.AccountNumber, 2_000));
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));
        await flow.CompleteAsync("Survey", ("feasible", true));

        await flow.CompleteAsync("Quote", ("amount", 1_200), ("depositAmount", 60));

        Assert.DoesNotContain("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);
        Assert.Equal(["InstallationAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_business_office_manager_who_refuses_a_developer_transfer_rejects_it()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.OwnershipTransfer, ApplicantKind.Developer,
            RequestChannel.Counter, null, "开发企业过户", null, new NewApplicant(CustomerKind.Person, "新户主", TestAccounts.NextResidentId(), ["13700137000"]),
            account.AccountNumber, ["resident-list", "deed-tax-invoice", "resident-ids"]));
        await flow.CompleteAsync("DeveloperSurvey", ("findings", "表位正常"), ("depositAmount", 450));

        await flow.CompleteAsync("ManagerApproval", ("approved", false), ("comment", "居民明细不全"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
    }

    private Task<FlowDriver> NewConnectionAsync(IReadOnlyList<string> documents)
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        return FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter,
            "新区大道11号", "新建住宅接水", null, new NewApplicant(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]),
            null, documents));
    }

    private async Task<(FlowDriver, TestAccount)> RetrofitAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, collective: true);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.HouseholdMeterRetrofit, ApplicantKind.Company,
            RequestChannel.Counter, null, "改一户一表", account.CustomerId, null, account.AccountNumber,
            ["household-list", "current-bill-copy", "management-consent"]));
        return (flow, account);
    }
}

public sealed class ControlPointNoPathSqliteTests(SqliteScenarioHost host) : ControlPointNoPathTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ControlPointNoPathPostgresTests(PostgresScenarioHost host) : ControlPointNoPathTests(host), IClassFixture<PostgresScenarioHost>;
