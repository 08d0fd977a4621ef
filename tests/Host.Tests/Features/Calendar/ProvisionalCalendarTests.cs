using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Calendar;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Payments;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Workflows;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Features.Calendar;

/// <summary>
/// The counter at the end of 2026, before the 2027 holiday table is published: intake goes on, deadlines
/// that run into 2027 are counted on weekends only and marked provisional, and entering the table counts
/// the open deadlines and timers again. Each class has its own database, so the 2027 table starts missing.
/// </summary>
public abstract class ProvisionalCalendarTests(IScenarioHost host)
{
    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:orc="http://orchestrator.local/schema/bpmn" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:process id="year_end_survey" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="split" />
            <bpmn:userTask id="Survey" name="现场勘查" orc:dueDate="P7D" orc:calendar="working-days">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="design-office" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Callback" name="回访" orc:dueDate="P7D">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="service-center" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:intermediateCatchEvent id="Reminder"><bpmn:timerEventDefinition orc:calendar="working-days"><bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end1" /><bpmn:endEvent id="end2" /><bpmn:endEvent id="end3" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="split" />
            <bpmn:sequenceFlow id="f2" sourceRef="split" targetRef="Survey" />
            <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="Callback" />
            <bpmn:sequenceFlow id="f4" sourceRef="split" targetRef="Reminder" />
            <bpmn:sequenceFlow id="f5" sourceRef="Survey" targetRef="end1" />
            <bpmn:sequenceFlow id="f6" sourceRef="Callback" targetRef="end2" />
            <bpmn:sequenceFlow id="f7" sourceRef="Reminder" targetRef="end3" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task An_intake_on_21_december_2026_is_taken_and_its_7_working_day_survey_into_2027_is_provisional_until_the_table_is_entered()
    {
        await ForgetYear2027Async();
        host.Clock.Set(new DateOnly(2026, 12, 21), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, collective: true);
        var clerk = await host.StaffClientAsync("clerk");

        var response = await clerk.PostAsJsonAsync("/api/requests", new
        {
            type = "HouseholdMeterRetrofit", applicantKind = "Company", channel = "Counter", details = "12户改一户一表",
            customerId = account.CustomerId, accountNumber = account.AccountNumber,
            documentsProvided = new[] { "household-list", "current-bill-copy", "management-consent" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var flow = new FlowDriver(host, new SubmittedRequest(created.GetProperty("id").GetGuid(), created.GetProperty("number").GetString()!,
            created.GetProperty("instanceId").GetGuid()));
        host.Clock.Set(new DateOnly(2026, 12, 23), new TimeOnly(10, 0));
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));

        // 24, 25, 28, 29, 30, 31 December and 1 January, counted as a Friday like any other while 2027 is unknown.
        var survey = (await flow.DetailsAsync()).CurrentSteps.Single(s => s.ElementId == "Survey");
        Assert.Equal(China(2027, 1, 1, 10), survey.DueAt);
        Assert.True(survey.DueProvisional);

        var saved = await SaveYear2027Async();

        Assert.True(saved.Result.Succeeded);
        var recounted = (await flow.DetailsAsync()).CurrentSteps.Single(s => s.ElementId == "Survey");
        Assert.Equal(China(2027, 1, 4, 10), recounted.DueAt);
        Assert.False(recounted.DueProvisional);
    }

    [Fact]
    public async Task Entering_the_table_recounts_open_working_day_deadlines_and_timers_but_not_wall_clock_ones()
    {
        await ForgetYear2027Async();
        await DeployAsync();
        host.Clock.Set(new DateOnly(2026, 12, 23), new TimeOnly(15, 0));
        var instanceId = await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().StartAsync("year_end_survey", "year-end-" + Guid.NewGuid().ToString("N")[..8]));
        Assert.Equal(China(2027, 1, 1, 15), (await TaskAsync(instanceId, "Survey")).DueAt);
        Assert.Equal(China(2026, 12, 30, 15), (await TaskAsync(instanceId, "Callback")).DueAt);
        Assert.Equal(China(2027, 1, 1, 15), (await TimerAsync(instanceId)).DueAt);

        var saved = await SaveYear2027Async();

        Assert.True(saved.Recounted!.Tasks >= 1);
        Assert.True(saved.Recounted.Timers >= 1);
        Assert.Equal(China(2027, 1, 4, 15), (await TaskAsync(instanceId, "Survey")).DueAt);
        Assert.Equal(China(2026, 12, 30, 15), (await TaskAsync(instanceId, "Callback")).DueAt);
        var timer = await TimerAsync(instanceId);
        Assert.Equal(China(2027, 1, 4, 15), timer.DueAt);

        host.Clock.Set(new DateOnly(2027, 1, 1), new TimeOnly(16, 0));
        Assert.False(await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().FireTimerAsync(timer.Id)));
        host.Clock.Set(new DateOnly(2027, 1, 4), new TimeOnly(15, 1));
        Assert.True(await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().FireTimerAsync(timer.Id)));
    }

    [Fact]
    public async Task A_recount_of_more_rows_than_one_batch_moves_every_working_day_deadline_once()
    {
        await ForgetYear2027Async();
        await DeployAsync();
        host.Clock.Set(new DateOnly(2026, 12, 23), new TimeOnly(15, 0));
        var instances = new List<Guid>();
        for (var i = 0; i < 7; i++)
            instances.Add(await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().StartAsync("year_end_survey", "year-end-" + Guid.NewGuid().ToString("N")[..8])));
        var cache = host.Factory.Services.GetRequiredService<HolidayCalendarCache>();
        var before = cache.Calendar;
        await host.WithDbAsync(db =>
        {
            db.HolidayTables.Add(HolidayTable.Create(2027, HolidayDates.Parse("2027-01-01~2027-01-03, 2027-02-06~2027-02-13").Dates,
                HolidayDates.Parse("2027-02-14").Dates, "国务院办公厅关于2027年部分节假日安排的通知（测试）"));
            return db.SaveChangesAsync();
        });
        cache.Invalidate();

        var recounted = await host.InScopeAsync(s => new RecountDeadlines(s.GetRequiredService<OrchestratorDbContext>(), s.GetRequiredService<ITimerScheduler>())
            { BatchSize = 3 }.RecountAsync(2027, before, cache.Calendar));

        Assert.InRange(recounted.Tasks, 7, 100);
        Assert.InRange(recounted.Timers, 7, 100);
        foreach (var instanceId in instances)
        {
            Assert.Equal(China(2027, 1, 4, 15), (await TaskAsync(instanceId, "Survey")).DueAt);
            Assert.Equal(China(2026, 12, 30, 15), (await TaskAsync(instanceId, "Callback")).DueAt);
            Assert.Equal(China(2027, 1, 4, 15), (await TimerAsync(instanceId)).DueAt);
        }
    }

    [Fact]
    public async Task From_1_november_administrators_are_reminded_of_next_years_table_and_not_before()
    {
        await ForgetYear2027Async();
        host.Clock.Set(new DateOnly(2026, 10, 31), new TimeOnly(12, 0));
        var inOctober = await host.InScopeAsync(s => Task.FromResult(s.GetRequiredService<HolidayTableReminder>().MissingYear()));
        host.Clock.Set(new DateOnly(2026, 11, 1), new TimeOnly(9, 0));
        var inNovember = await host.InScopeAsync(s => Task.FromResult(s.GetRequiredService<HolidayTableReminder>().MissingYear()));

        Assert.Null(inOctober);
        Assert.Equal(2027, inNovember);
    }

    private Task<HolidayTableSaved> SaveYear2027Async() => host.InScopeAsync(s => s.GetRequiredService<HolidayCalendarEditor>()
        .SaveAsync(2027, "2027-01-01~2027-01-03, 2027-02-06~2027-02-13", "2027-02-14", "国务院办公厅关于2027年部分节假日安排的通知（测试）"));

    /// <summary>The tests of one class share a database: each starts before the 2027 table is entered.</summary>
    private async Task ForgetYear2027Async()
    {
        await host.WithDbAsync(db => db.HolidayTables.Where(t => t.Year == 2027).ExecuteDeleteAsync());
        host.Factory.Services.GetRequiredService<HolidayCalendarCache>().Invalidate();
    }

    private Task DeployAsync() => host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().DeployAsync(Flow));

    private Task<UserTaskRecord> TaskAsync(Guid instanceId, string elementId) => host.WithDbAsync(db =>
        db.Set<UserTaskRecord>().IgnoreQueryFilters().SingleAsync(t => t.InstanceId == instanceId && t.ElementId == elementId));

    private Task<TimerRecord> TimerAsync(Guid instanceId) => host.WithDbAsync(db =>
        db.Set<TimerRecord>().IgnoreQueryFilters().SingleAsync(t => t.InstanceId == instanceId));

    private static DateTimeOffset China(int year, int month, int day, int hour) => ChinaTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));
}

public sealed class ProvisionalCalendarSqliteTests(SqliteScenarioHost host) : ProvisionalCalendarTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ProvisionalCalendarPostgresTests(PostgresScenarioHost host) : ProvisionalCalendarTests(host), IClassFixture<PostgresScenarioHost>;
