using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>一户一表 (seed 004): the 17:00 hand-off clock, failed acceptance, an unsigned installation agreement.</summary>
public abstract class HouseholdMeterRetrofitOutcomeTests(IScenarioHost host)
{
    [Fact]
    public async Task The_hand_off_to_design_is_due_at_17_00_the_same_day()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var (flow, _) = await SubmitAsync();

        await flow.CompleteAsync("OfficeApproval", ("approved", true));

        Assert.Equal(ChinaTime.At(new DateOnly(2026, 9, 14), new TimeOnly(17, 0)), (await flow.TaskAsync("HandOffToDesign")).DueAt);
    }

    [Fact]
    public async Task Approved_after_17_00_on_a_Friday_the_hand_off_is_due_at_17_00_on_Monday()
    {
        host.Clock.Set(new DateOnly(2026, 9, 11), new TimeOnly(16, 0));
        var (flow, _) = await SubmitAsync();
        host.Clock.Set(new DateOnly(2026, 9, 11), new TimeOnly(17, 30));

        await flow.CompleteAsync("OfficeApproval", ("approved", true));

        Assert.Equal(ChinaTime.At(new DateOnly(2026, 9, 14), new TimeOnly(17, 0)), (await flow.TaskAsync("HandOffToDesign")).DueAt);
    }

    [Fact]
    public async Task Construction_is_due_30_days_from_the_payment()
    {
        var (flow, _) = await PaidAsync();
        var paidAt = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromDays(2));

        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", true));

        Assert.Equal(paidAt.AddDays(30), (await flow.TaskAsync("Construction")).DueAt);
    }

    [Fact]
    public async Task A_failed_acceptance_is_rectified_and_accepted_again_before_the_cards_move()
    {
        var (flow, _) = await PaidAsync();
        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-08"));

        await flow.CompleteAsync("Acceptance", ("accepted", false), ("finalAmount", 1_200), ("defects", "表箱未固定"));

        Assert.Equal(["Rectify"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        await flow.CompleteAsync("Rectify", ("rectifiedOn", "2026-10-10"), ("rectification", "表箱已固定"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 1_200));
        Assert.Equal(["MeterCard"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task An_unsigned_installation_agreement_can_be_withdrawn_and_fee_and_deposit_go_to_refund()
    {
        var (flow, _) = await PaidAsync();
        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", false));
        Assert.Equal(["AwaitInstallationAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        await flow.CompleteAsync("AwaitInstallationAgreement", ("agreementOutcome", "withdrawn"), ("withdrawReason", "业主大会未通过"));

        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Equal(1_260m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        Assert.Equal(["RefundPaidFees"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(nameof(DepositStatus.RefundDue), Assert.Single((await flow.DetailsAsync()).Deposits).Status);
    }

    [Fact]
    public async Task An_unsigned_supply_agreement_waits_and_no_deposit_refund_is_scheduled()
    {
        var (flow, _) = await PaidAsync();
        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-08"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 1_200));
        await flow.CompleteAsync("MeterCard", ("meterNumber", "H" + flow.Request.Number), ("caliberMm", 15), ("initialReading", 0));
        await flow.CompleteAsync("CardsToOffice", ("cardsChecked", true));
        await flow.CompleteAsync("FollowUpCall", ("callOutcome", "satisfied"));

        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", false));

        Assert.Equal(["AwaitSupplyAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Null(Assert.Single((await flow.DetailsAsync()).Deposits).RefundDueOn);
    }

    private async Task<(FlowDriver, TestAccount)> PaidAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var (flow, account) = await SubmitAsync();
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Quote", ("amount", 1_200), ("depositAmount", 60));
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Counter, "CTR-" + flow.Request.Number, account.AccountNumber, 1_260, flow.Request.Number));
        return (flow, account);
    }

    private async Task<(FlowDriver, TestAccount)> SubmitAsync()
    {
        var account = await TestAccounts.CreateAsync(host, collective: true);
        return (await FlowDriver.SubmitAsync(host, new SubmitRequest(
            ServiceRequestType.HouseholdMeterRetrofit, ApplicantKind.Company, RequestChannel.Counter, null, "12户改一户一表",
            account.CustomerId, null, account.AccountNumber, ["household-list", "current-bill-copy", "management-consent"])), account);
    }
}

public sealed class HouseholdMeterRetrofitOutcomeSqliteTests(SqliteScenarioHost host) : HouseholdMeterRetrofitOutcomeTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class HouseholdMeterRetrofitOutcomePostgresTests(PostgresScenarioHost host) : HouseholdMeterRetrofitOutcomeTests(host), IClassFixture<PostgresScenarioHost>;
