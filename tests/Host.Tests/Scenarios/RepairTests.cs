using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>报修 (seed 000): the hotline books the visit directly, the crew repairs, the service center calls back.</summary>
public abstract class RepairTests(IScenarioHost host)
{
    [Fact]
    public async Task The_hotline_books_the_visit_the_crew_repairs_and_the_customer_is_called_back()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Repair, ApplicantKind.Individual, RequestChannel.Hotline,
            null, "表前阀门漏水", account.CustomerId, null, account.AccountNumber));

        await flow.CompleteAsync("Appointment", ("appointmentDate", "2026-09-15"), ("timeSlot", "afternoon"));

        Assert.Equal("2026-09-15 14:00", (await flow.InstanceAsync()).Variables["appointmentAt"]);
        Assert.True(await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<OutboxRecord>()
            .AnyAsync(o => o.Kind == "mail.customer" && o.PayloadJson.Contains("appointment-booked") && o.PayloadJson.Contains(flow.Request.Number))));
        await flow.CompleteAsync("Repair", ("repaired", true), ("repairNote", "更换阀门"));
        await flow.CompleteAsync("FollowUpCall", ("callOutcome", "satisfied"));
        await flow.AssertStatusAsync(RequestStatus.Completed);
    }

    [Fact]
    public async Task A_repair_not_finished_is_booked_again()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Repair, ApplicantKind.Individual, RequestChannel.Hotline,
            null, "水压低", account.CustomerId, null, account.AccountNumber));
        await flow.CompleteAsync("Appointment", ("appointmentDate", "2026-09-14"), ("timeSlot", "afternoon"));

        await flow.CompleteAsync("Repair", ("repaired", false), ("repairNote", "需更换支管，另约时间"));

        Assert.Equal(["Appointment"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
    }
}

public sealed class RepairSqliteTests(SqliteScenarioHost host) : RepairTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RepairPostgresTests(PostgresScenarioHost host) : RepairTests(host), IClassFixture<PostgresScenarioHost>;
