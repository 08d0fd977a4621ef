using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Dashboard;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Features.Payments;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Dashboard;

/// <summary>
/// The dashboard counts open requests three ways (in progress, waiting for the customer, 异常) and its SLA figures
/// over the last 30 days only, all counted in the database.
/// </summary>
public abstract class DashboardQueryTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Waiting_and_exception_requests_are_counted_apart_from_work_in_progress()
    {
        var before = await FiguresAsync();

        await people.SuspensionAsync(); // in progress: the business office reads the meter
        var owing = await TestAccounts.CreateAsync(host, arrears: 80, district: "城东区");
        await SubmitAsync(ServiceRequestType.Suspension, owing); // waits for the customer to settle arrears
        await RestorationStoppedAtAFailedStepAsync();
        var after = await FiguresAsync();

        Assert.Equal(before.Requests with { InProgress = before.Requests.InProgress + 1, WaitingForCustomer = before.Requests.WaitingForCustomer + 1,
            Exceptions = before.Requests.Exceptions + 1 }, after.Requests);
        Assert.Equal(before.OpenIncidents + 1, after.OpenIncidents);
    }

    [Fact]
    public async Task A_completion_counts_for_compliance_for_30_days_and_then_drops_out_of_the_period()
    {
        var suspension = await people.SuspensionAsync();
        var before = Office(await FiguresAsync());
        await suspension.CompleteAsync("FinalReading", ("reading", 150));
        var completedAt = host.Clock.GetUtcNow();

        var within = Office(await FiguresAsync());
        host.Clock.Set(completedAt.AddDays(DashboardQuery.ComplianceDays).AddMinutes(1));
        var after = Office(await FiguresAsync());

        Assert.Equal(before.CompletedOnTime + 1, within.CompletedOnTime);
        Assert.Equal(before.Open - 1, within.Open);
        Assert.True(after.CompletedOnTime < within.CompletedOnTime, $"{after.CompletedOnTime} after 30 days, {within.CompletedOnTime} within");
    }

    [Fact]
    public async Task Finished_days_are_counted_once_give_the_same_figures_and_outlive_the_engine_rows()
    {
        var suspension = await people.SuspensionAsync();
        await suspension.CompleteAsync("FinalReading", ("reading", 150));
        host.Clock.Set(host.Clock.GetUtcNow().AddDays(2));
        var fromTasks = await FiguresAsync(); // clears the day counts first

        var companies = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().CountAsync());
        var firstRun = await host.WithDbAsync(db => new SlaDaySummaries(db, host.Clock).SummariseAsync());
        var secondRun = await host.WithDbAsync(db => new SlaDaySummaries(db, host.Clock).SummariseAsync());
        var fromCounts = await FiguresWithDayCountsAsync();
        var startOfToday = ChinaTime.At(ChinaTime.DateOf(host.Clock.GetUtcNow()), TimeOnly.MinValue);
        await host.WithDbAsync(db => db.Set<UserTaskRecord>().IgnoreQueryFilters() // as retention purges finished instances
            .Where(t => t.Status == UserTaskStatus.Completed && t.CompletedAt < startOfToday).ExecuteDeleteAsync());
        var afterPurge = await FiguresWithDayCountsAsync();

        Assert.Equal(companies * (DashboardQuery.ComplianceDays - 1), firstRun);
        Assert.Equal(0, secondRun);
        Assert.True(Office(fromTasks).CompletedOnTime > 0);
        Assert.Equal(fromTasks.Units, fromCounts.Units);
        Assert.Equal(fromTasks.Units, afterPurge.Units);
    }

    private static UnitBacklog Office(DashboardFigures figures) => figures.Units.Single(u => u.CandidateGroup == "business-office");

    /// <summary>
    /// The figures counted from the tasks alone: the fake clock moves back and forth between these tests, so a day count
    /// written at another moment (by a test or the hourly job) may not stand.
    /// </summary>
    private async Task<DashboardFigures> FiguresAsync()
    {
        await host.WithDbAsync(db => db.Set<SlaDayCount>().IgnoreQueryFilters().ExecuteDeleteAsync());
        return await FiguresWithDayCountsAsync();
    }

    private Task<DashboardFigures> FiguresWithDayCountsAsync() => people.AsPageAsync("admin", (op, _) => op.Get<DashboardQuery>().LoadAsync());

    private async Task RestorationStoppedAtAFailedStepAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50, district: "城东区");
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        await restoration.CompleteAsync("FirstReading", ("reading", 40)); // below the final reading: restoring supply fails
        Assert.Equal(RequestQueries.IncidentStatus, (await restoration.DetailsAsync()).Status);
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, ["applicant-id", "current-bill"]));
}

public sealed class DashboardQuerySqliteTests(SqliteScenarioHost host) : DashboardQueryTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class DashboardQueryPostgresTests(PostgresScenarioHost host) : DashboardQueryTests(host), IClassFixture<PostgresScenarioHost>;
