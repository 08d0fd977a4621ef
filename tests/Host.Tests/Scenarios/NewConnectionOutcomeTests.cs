using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 新装接水 (seed 004) control points answered "no": failed acceptance, unsigned agreements, a refusing
/// vice-president; and the clocks the seed starts at payment, at completion and on the final accounts.
/// </summary>
public abstract class NewConnectionOutcomeTests(IScenarioHost host)
{
    private static readonly string[] IndividualDocuments = ["id-or-household-register", "property-certificate", "plan-location-map"];

    [Fact]
    public async Task A_failed_joint_acceptance_goes_to_the_construction_unit_for_rectification_and_is_accepted_again()
    {
        var flow = await PaidAsync(budget: 20_000);
        await SignAndBuildAsync(flow);

        await flow.CompleteAsync("Acceptance", ("accepted", false), ("finalAmount", 20_000), ("defects", "阀门井未回填"));

        Assert.Equal(["Rectify"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(["construction"], (await flow.TaskAsync("Rectify")).CandidateGroupList());
        await flow.CompleteAsync("Rectify", ("rectifiedOn", "2026-10-22"), ("rectification", "已回填夯实"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 20_000));
        Assert.Equal(["SupplyAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        await flow.AssertStatusAsync(RequestStatus.InProgress);
    }

    [Fact]
    public async Task An_unsigned_construction_agreement_waits_at_the_service_center_with_a_reminder_and_goes_on_once_signed()
    {
        var flow = await PaidAsync(budget: 20_000);

        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", false));

        Assert.Equal(["AwaitConstructionAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        await flow.FireTimerAsync("AwaitConstructionAgreementReminder");
        var reminder = await flow.TaskAsync("RemindConstructionAgreement");
        Assert.Equal(["service-center"], reminder.CandidateGroupList());
        await flow.CompleteAsync("AwaitConstructionAgreement", ("agreementOutcome", "signed"));
        Assert.Contains("ConstructionOrder", (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_customer_who_will_not_sign_withdraws_the_request_and_compensation_puts_the_paid_fee_on_the_refund()
    {
        var flow = await PaidAsync(budget: 18_000);
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", false));

        await flow.CompleteAsync("AwaitConstructionAgreement", ("agreementOutcome", "withdrawn"), ("withdrawReason", "项目取消"));

        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        var refund = await flow.TaskAsync("RefundPaidFees");
        Assert.Equal(["business-office"], refund.CandidateGroupList());
        Assert.Equal(18_000m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        var timeline = (await flow.DetailsAsync()).Timeline;
        Assert.Contains(timeline, e => e.Text.Contains("项目取消"));
        Assert.Contains(timeline, e => e.Text.Contains("已缴费用 18000.00 元"));
        await flow.CompleteAsync("RefundPaidFees", ("refundedAmount", 18_000), ("refundChannel", "BankTransfer"));
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("已退还费用 18000.00 元（银行转账）"));
    }

    [Fact]
    public async Task An_unsigned_supply_agreement_holds_water_on_and_no_meter_card_is_asked_for()
    {
        var flow = await PaidAsync(budget: 20_000);
        await SignAndBuildAsync(flow);
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 20_000));

        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", false));

        Assert.Equal(["AwaitSupplyAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.DoesNotContain("ApprovalRoute", (await flow.InstanceAsync()).ActiveElementIds);
        await flow.CompleteAsync("AwaitSupplyAgreement", ("agreementOutcome", "signed"));
        Assert.Equal(["MeterCard"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_vice_president_who_refuses_water_on_sends_the_works_to_rectification_and_re_acceptance()
    {
        var flow = await PaidAsync(budget: 120_000);
        await SignAndBuildAsync(flow);
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 120_000));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));

        await flow.CompleteAsync("VicePresidentApproval", ("approved", false), ("comment", "压力测试不达标"));

        Assert.Equal(["Rectify"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        await flow.CompleteAsync("Rectify", ("rectifiedOn", "2026-10-25"), ("rectification", "更换管段"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 121_000));
        // The supply agreement is already signed: the re-accepted works go straight back to the VP.
        Assert.Equal(["VicePresidentApproval"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        await flow.CompleteAsync("VicePresidentApproval", ("approved", true));
        Assert.Equal(["MeterCard"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Theory]
    [InlineData(90_000, 100_000, true)]
    [InlineData(150_000, 99_999.99, false)]
    public async Task The_vice_president_reviews_on_the_final_accounts_not_the_budget(double budget, double finalAmount, bool needsVp)
    {
        var flow = await PaidAsync(budget);
        await SignAndBuildAsync(flow);
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", finalAmount));

        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));

        var open = (await flow.OpenTasksAsync()).Select(t => t.ElementId).ToList();
        Assert.Equal(needsVp, open.Contains("VicePresidentApproval"));
        Assert.Equal(!needsVp, open.Contains("MeterCard"));
    }

    [Fact]
    public async Task Construction_is_due_30_days_from_the_payment_and_the_meter_card_30_days_from_completion()
    {
        var flow = await PaidAsync(budget: 20_000);
        var paidAt = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromDays(3));
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("ConstructionOrder", ("plannedDays", 20));

        var construction = await flow.TaskAsync("Construction");

        Assert.Equal(paidAt.AddDays(30), construction.DueAt);
        Assert.Equal(paidAt.AddDays(30), await TimerDueAsync(flow, "ConstructionOverdue"));
        host.Clock.Advance(TimeSpan.FromDays(10));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-05"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 20_000));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));
        var card = await flow.TaskAsync("MeterCard");
        Assert.Equal(new DateOnly(2026, 11, 4), ChinaTime.DateOf(card.DueAt!.Value));
        Assert.Equal(card.DueAt, await TimerDueAsync(flow, "MeterCardOverdue"));
    }

    private async Task<DateTimeOffset> TimerDueAsync(FlowDriver flow, string elementId) =>
        (await host.InScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Orchestrator.Workflows.Engine.Facade.IWorkflowRuntime>(s).PendingTimersAsync()))
            .Single(t => t.InstanceId == flow.Request.InstanceId && t.ElementId == elementId).DueAt;

    private async Task<FlowDriver> PaidAsync(double budget)
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道9号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]), null, IndividualDocuments));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN50"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", budget), ("depositAmount", 0));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        var account = (await flow.DetailsAsync()).AccountNumber!;
        host.Clock.Set(new DateOnly(2026, 9, 21), new TimeOnly(11, 30));
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, (decimal)budget, flow.Request.Number));
        return flow;
    }

    private static async Task SignAndBuildAsync(FlowDriver flow)
    {
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("ConstructionOrder", ("plannedDays", 20));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-20"));
    }
}

public sealed class NewConnectionOutcomeSqliteTests(SqliteScenarioHost host) : NewConnectionOutcomeTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class NewConnectionOutcomePostgresTests(PostgresScenarioHost host) : NewConnectionOutcomeTests(host), IClassFixture<PostgresScenarioHost>;
