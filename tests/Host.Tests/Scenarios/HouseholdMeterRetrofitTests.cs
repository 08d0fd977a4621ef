using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>一户一表 (seed 004): approval, same-day hand-off, survey, fee and 30-day deposit, cards, follow-up, refund.</summary>
public abstract class HouseholdMeterRetrofitTests(IScenarioHost host)
{
    [Fact]
    public async Task A_retrofit_runs_to_water_on_and_its_deposit_falls_due_30_days_later()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var (flow, account) = await SubmitAsync();
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Quote", ("amount", 1_200), ("depositAmount", 60));
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Counter, "CTR-" + flow.Request.Number, account.AccountNumber, 1_260, flow.Request.Number));
        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-08"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 1_200));
        await flow.CompleteAsync("MeterCard", ("meterNumber", "H" + flow.Request.Number), ("caliberMm", 15), ("initialReading", 0));
        await flow.CompleteAsync("CardsToOffice", ("cardsChecked", true));
        await flow.CompleteAsync("FollowUpCall", ("callOutcome", "satisfied"));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));

        var deposit = Assert.Single((await flow.DetailsAsync()).Deposits);
        Assert.Equal(nameof(DepositKind.HouseholdRetrofit30Days), deposit.Kind);
        Assert.Equal(ChinaTime.DateOf(host.Clock.GetUtcNow()).AddDays(30), deposit.RefundDueOn);
        var notice = await flow.TaskAsync("DepositRefundNotice");
        Assert.Equal(host.Clock.GetUtcNow().AddDays(30), notice.DueAt);
        await flow.CompleteAsync("DepositRefundNotice", ("customerNotified", true));
        await flow.AssertStatusAsync(RequestStatus.Completed);
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("回访结果：满意"));
    }

    [Fact]
    public async Task Data_not_handed_to_design_by_17_00_escalates_to_the_duty_manager()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var (flow, _) = await SubmitAsync();
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        Assert.Equal("2026-09-14T17:00:00+08:00", (await flow.InstanceAsync()).Variables["handOffBy"]);

        await flow.FireTimerAsync("HandOffLate");

        var open = (await flow.OpenTasksAsync()).Select(t => t.ElementId).ToList();
        Assert.Contains("HandOffToDesign", open);
        Assert.Contains("EscalateHandOffToDesign", open);
    }

    [Fact]
    public async Task A_site_that_cannot_take_household_meters_rejects_the_request()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var (flow, _) = await SubmitAsync();
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));

        await flow.CompleteAsync("Survey", ("feasible", false), ("reason", "楼内管道无法分户"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
    }

    private async Task<(FlowDriver, TestAccount)> SubmitAsync()
    {
        var account = await TestAccounts.CreateAsync(host, collective: true);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(
            ServiceRequestType.HouseholdMeterRetrofit, ApplicantKind.Company, RequestChannel.Counter, null, "12户改一户一表",
            account.CustomerId, null, account.AccountNumber, ["household-list", "current-bill-copy", "management-consent"]));
        return (flow, account);
    }
}

public sealed class HouseholdMeterRetrofitSqliteTests(SqliteScenarioHost host) : HouseholdMeterRetrofitTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class HouseholdMeterRetrofitPostgresTests(PostgresScenarioHost host) : HouseholdMeterRetrofitTests(host), IClassFixture<PostgresScenarioHost>;
