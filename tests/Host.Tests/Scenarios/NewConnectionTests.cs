using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>新装接水 (seed 004) from application to water-on, with its gates, the VP threshold and its SLAs.</summary>
public abstract class NewConnectionTests(IScenarioHost host)
{
    private static readonly string[] IndividualDocuments = ["id-or-household-register", "property-certificate", "plan-location-map"];

    [Theory]
    [InlineData(99_999.99, false)]
    [InlineData(100_000, true)]
    [InlineData(150_000, true)]
    public async Task A_connection_runs_to_water_on_and_the_vice_president_approves_from_the_threshold(double budget, bool needsVp)
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await SubmitAsync(NewApplicant());
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN25 接入"), ("permitsNeeded", true));
        await flow.CompleteAsync("PermitsReceived", ("permitsCompleteOn", "2026-09-16"));
        await flow.CompleteAsync("Budget", ("amount", budget), ("depositAmount", 0));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        var account = (await flow.DetailsAsync()).AccountNumber!;
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);

        var paid = await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, (decimal)budget, flow.Request.Number));

        Assert.Contains(paid.Resumed, r => r.Message == "payment-received" && r.Result == "Delivered");
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("ConstructionOrder", ("plannedDays", 20));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-20"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", budget));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));
        var open = (await flow.OpenTasksAsync()).Select(t => t.ElementId).ToList();
        Assert.Equal(needsVp, open.Contains("VicePresidentApproval"));
        if (needsVp)
        {
            Assert.Equal(["vice-president"], (await flow.TaskAsync("VicePresidentApproval")).CandidateGroupList());
            await flow.CompleteAsync("VicePresidentApproval", ("approved", true));
        }
        await flow.CompleteAsync("MeterCard", ("meterNumber", "M" + flow.Request.Number), ("caliberMm", 20), ("initialReading", 0));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var details = await flow.DetailsAsync();
        Assert.Equal((decimal)budget, Assert.Single(details.Fees).AmountPaid);
        Assert.True(AccountNumber.TryParse(details.AccountNumber, out _));
        Assert.Equal(1, await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().MeteringPoints
            .CountAsync(m => m.MeterNumber == "M" + flow.Request.Number)));
        Assert.Contains(details.Timeline, e => e.Text.Contains("立户"));
    }

    [Fact]
    public async Task A_large_volume_users_deposit_is_held_and_falls_due_a_year_after_water_on()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await SubmitAsync(NewApplicant());
        await RunToFeeAsync(flow, budget: 20_000, deposit: 3_000);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.WeChat, "WX-" + flow.Request.Number, account, 23_000, flow.Request.Number));
        await RunFromAgreementAsync(flow);

        var deposit = Assert.Single((await flow.DetailsAsync()).Deposits);
        Assert.Equal(3_000, deposit.Amount);
        Assert.Equal(nameof(DepositKind.LargeVolumeWater3Months), deposit.Kind);
        Assert.Equal(ChinaTime.DateOf(host.Clock.GetUtcNow()).AddYears(1), deposit.RefundDueOn);
        Assert.True(await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<Orchestrator.Workflows.Engine.Persistence.Records.OutboxRecord>()
            .AnyAsync(o => o.Kind == "deposit.refund" && o.PayloadJson.Contains(account))));
    }

    [Fact]
    public async Task Arrears_block_the_request_until_a_payment_callback_settles_them()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var owing = await TestAccounts.CreateAsync(host, arrears: 86.50m);
        var flow = await FlowDriver.SubmitAsync(host, Submit(customerId: owing.CustomerId));

        Assert.Equal(86.5, (await flow.InstanceAsync()).Variables["arrears"]);
        Assert.Equal(["SettleArrears"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        var result = await flow.PayAsync(new PaymentCallback(PaymentChannel.Alipay, "ALI-ARREARS-" + owing.AccountNumber, owing.AccountNumber, 86.50m));

        Assert.Contains(result.Resumed, r => r.RequestNumber == flow.Request.Number && r.Message == "arrears-settled" && r.Result == "Delivered");
        Assert.Equal(["Survey"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(0L, (await flow.InstanceAsync()).Variables["arrears"]);
    }

    [Fact]
    public async Task Arrears_the_customer_will_not_settle_refuse_the_request()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var owing = await TestAccounts.CreateAsync(host, arrears: 40m);
        var flow = await FlowDriver.SubmitAsync(host, Submit(customerId: owing.CustomerId));

        await flow.CompleteAsync("SettleArrears", ("arrearsSettled", false));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
    }

    [Fact]
    public async Task A_survey_that_finds_the_site_unfit_rejects_the_request_with_the_reason()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await SubmitAsync(NewApplicant());

        await flow.CompleteAsync("Survey", ("feasible", false), ("reason", "无市政管网"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("无市政管网"));
    }

    [Fact]
    public async Task Missing_documents_hold_the_request_until_the_clerk_has_them()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, Submit(applicant: NewApplicant(), documents: ["property-certificate"]));
        Assert.Equal(["SupplementDocuments"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        await flow.CompleteAsync("SupplementDocuments", ("documentsComplete", true));

        Assert.Equal(["Survey"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.All((await flow.DetailsAsync()).Documents, d => Assert.True(d.Provided));
    }

    [Fact]
    public async Task A_survey_assigned_on_30_September_falls_due_after_National_Day_counting_the_make_up_Saturday()
    {
        host.Clock.Set(new DateOnly(2026, 9, 30), new TimeOnly(10, 0));
        var flow = await SubmitAsync(NewApplicant());

        var survey = Assert.Single((await flow.DetailsAsync()).CurrentSteps);

        Assert.Equal("Survey", survey.ElementId);
        Assert.Equal(ChinaTime.At(new DateOnly(2026, 10, 15), new TimeOnly(10, 0)), survey.DueAt);
    }

    [Fact]
    public async Task A_weekend_make_up_working_day_counts_towards_the_survey_deadline()
    {
        // Fri 18 Sep 2026: Sun 20 Sep is a make-up working day, 25-27 Sep are off.
        host.Clock.Set(new DateOnly(2026, 9, 18), new TimeOnly(15, 0));
        var flow = await SubmitAsync(NewApplicant());

        var survey = await flow.TaskAsync("Survey");

        Assert.Equal(new DateOnly(2026, 9, 29), ChinaTime.DateOf(survey.DueAt!.Value));
    }

    [Fact]
    public async Task An_overdue_survey_escalates_to_the_duty_manager_and_the_survey_stays_open()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await SubmitAsync(NewApplicant());

        await flow.FireTimerAsync("SurveyOverdue");

        var open = await flow.OpenTasksAsync();
        Assert.Contains(open, t => t.ElementId == "Survey");
        Assert.Equal(["duty-manager"], open.Single(t => t.ElementId == "EscalateSurvey").CandidateGroupList());
        await flow.CompleteAsync("EscalateSurvey", ("escalationNote", "已催办设计室"));
        await flow.CompleteAsync("Survey", ("feasible", true));
        Assert.Contains("Design", (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }

    private Task<FlowDriver> SubmitAsync(NewApplicant applicant) => FlowDriver.SubmitAsync(host, Submit(applicant: applicant));

    private static SubmitRequest Submit(NewApplicant? applicant = null, Guid? customerId = null, IReadOnlyList<string>? documents = null) =>
        new(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter, "新区大道8号", "新建住宅接水",
            customerId, applicant, null, documents ?? IndividualDocuments);

    private static NewApplicant NewApplicant() =>
        new(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]);

    private static async Task RunToFeeAsync(FlowDriver flow, double budget, double deposit)
    {
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN50"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", budget), ("depositAmount", deposit));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
    }

    private static async Task RunFromAgreementAsync(FlowDriver flow)
    {
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", true));
        await flow.CompleteAsync("ConstructionOrder", ("plannedDays", 10));
        await flow.CompleteAsync("Construction", ("completedOn", "2026-10-01"));
        await flow.CompleteAsync("Acceptance", ("accepted", true), ("finalAmount", 20_000));
        await flow.CompleteAsync("SupplyAgreement", ("supplyAgreementSigned", true));
        await flow.CompleteAsync("MeterCard", ("meterNumber", "M" + flow.Request.Number), ("caliberMm", 50), ("initialReading", 0));
    }
}

public sealed class NewConnectionSqliteTests(SqliteScenarioHost host) : NewConnectionTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class NewConnectionPostgresTests(PostgresScenarioHost host) : NewConnectionTests(host), IClassFixture<PostgresScenarioHost>;
