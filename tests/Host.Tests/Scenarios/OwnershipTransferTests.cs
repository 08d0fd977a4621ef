using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>过户 (seed 004): ordinary transfers go to the duty manager; a developer's go through the business office with a deposit.</summary>
public abstract class OwnershipTransferTests(IScenarioHost host)
{
    [Fact]
    public async Task An_ordinary_transfer_is_approved_by_the_duty_manager_and_the_account_changes_owner()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await SubmitAsync(account, ApplicantKind.Individual, ["current-bill", "old-owner-id", "new-owner-id", "new-owner-property-certificate"]);

        Assert.Equal(["duty-manager"], (await flow.TaskAsync("DutyApproval")).CandidateGroupList());
        await flow.CompleteAsync("DutyApproval", ("approved", true));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var details = await flow.DetailsAsync();
        Assert.Empty(details.Deposits);
        Assert.Equal(details.CustomerId, await OwnerOfAsync(account.AccountNumber));
        Assert.NotEqual(account.CustomerId, details.CustomerId);
    }

    [Fact]
    public async Task A_developer_transfer_needs_a_site_survey_the_office_manager_and_a_deposit_of_three_billing_cycles()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await SubmitAsync(account, ApplicantKind.Developer, ["resident-list", "deed-tax-invoice", "resident-ids"]);

        await flow.CompleteAsync("DeveloperSurvey", ("findings", "表位正常"), ("depositAmount", 450));
        Assert.Equal(["business-office-manager"], (await flow.TaskAsync("ManagerApproval")).CandidateGroupList());
        await flow.CompleteAsync("ManagerApproval", ("approved", true));
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "DEV-" + flow.Request.Number, account.AccountNumber, 450, flow.Request.Number));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var deposit = Assert.Single((await flow.DetailsAsync()).Deposits);
        Assert.Equal(nameof(DepositKind.DeveloperTransfer3Cycles), deposit.Kind);
        Assert.Equal(new DateOnly(2027, 3, 14), deposit.RefundDueOn);
        Assert.NotEqual(account.CustomerId, await OwnerOfAsync(account.AccountNumber));
    }

    [Fact]
    public async Task A_transfer_the_duty_manager_refuses_is_rejected_and_the_owner_stays()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await SubmitAsync(account, ApplicantKind.Individual, ["current-bill", "old-owner-id", "new-owner-id", "new-owner-property-certificate"]);

        await flow.CompleteAsync("DutyApproval", ("approved", false), ("comment", "产权证与申请人不符"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
        Assert.Equal(account.CustomerId, await OwnerOfAsync(account.AccountNumber));
    }

    private Task<FlowDriver> SubmitAsync(TestAccount account, ApplicantKind kind, string[] documents) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.OwnershipTransfer, kind, RequestChannel.Counter, null, "过户",
            null, new NewApplicant(CustomerKind.Person, "新户主", TestAccounts.NextResidentId(), ["13700137000"]), account.AccountNumber, documents));

    private Task<Guid> OwnerOfAsync(string accountNumber)
    {
        var number = AccountNumber.Parse(accountNumber);
        return host.InScopeAsync(s =>
            s.GetRequiredService<OrchestratorDbContext>().Accounts.Where(a => a.Number == number).Select(a => a.CustomerId).SingleAsync());
    }
}

public sealed class OwnershipTransferSqliteTests(SqliteScenarioHost host) : OwnershipTransferTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OwnershipTransferPostgresTests(PostgresScenarioHost host) : OwnershipTransferTests(host), IClassFixture<PostgresScenarioHost>;
