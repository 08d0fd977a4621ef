using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>
/// GET /api/tasks reads one page at a time in SQL through the task-group index (or, for a manager's whole company,
/// the open tasks' index): one command per page, a stable keyset order across equal timestamps, the next page's
/// token in the response headers, only the caller's company, and for other roles only their own inbox.
/// </summary>
public abstract class TaskListPageTests(IScenarioHost host)
{
    private const string Group = CandidateGroups.DesignOffice;
    private static int sequence = 70_000;
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Each_page_is_one_command_and_the_pages_list_every_task_once_in_deadline_order_for_a_member_and_a_manager()
    {
        var mine = await OpenTasksAsync("api_paging", 13);
        var designer = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        var manager = await StaffAsync(host.CompanyId, UnitKind.ServiceCenter, Roles.DutyManager);

        foreach (var (caller, group) in new[] { (designer, (string?)null), (manager, null), (manager, Group) })
        {
            var seen = new List<UserTaskRecord>();
            InboxCursor? cursor = null;
            do
            {
                var (page, commands) = await PageWithCommandsAsync(caller, null, group, null, cursor, 4);
                Assert.Single(commands); // the page's keys and their tasks in one command
                Assert.Contains("LIMIT", commands[0], StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("\"CandidateGroups\" LIKE", commands[0], StringComparison.Ordinal);
                Assert.True(page.Tasks.Count <= 4);
                seen.AddRange(page.Tasks);
                cursor = page.Next;
            }
            while (cursor is not null);

            Assert.Equal(seen.Count, seen.Select(t => t.Id).Distinct().Count());
            var ours = seen.Where(t => mine.Contains(t.Id)).ToList();
            Assert.Equal(mine.Order(), ours.Select(t => t.Id).Order());
            Assert.Equal(mine[6], ours[0].Id); // the only overdue one first
            var keys = seen.Select(t => (Due: t.DueAt ?? DateTimeOffset.MaxValue, t.CreatedAt)).ToList();
            Assert.Equal(keys.OrderBy(k => k.Due).ThenBy(k => k.CreatedAt), keys);
        }
    }

    [Fact]
    public async Task A_task_opened_before_the_cursor_does_not_move_the_next_page()
    {
        var mine = await OpenTasksAsync("api_stable", 6);
        var designer = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        var all = await AllAsync(designer);
        var cut = all.FindIndex(t => mine.Contains(t.Id)) + 2;
        var (first, _) = await PageWithCommandsAsync(designer, null, null, null, null, cut);

        var urgent = (await OpenTasksAsync("api_stable_late", 1, overdueAt: null))[0];
        await SetDeadlineAsync(urgent, host.Clock.GetUtcNow().AddYears(-10)); // before every other test's overdue task

        Assert.Equal(all.Skip(cut).Select(t => t.Id), (await AllAsync(designer, first.Next)).Select(t => t.Id));
        Assert.Equal(urgent, (await AllAsync(designer))[0].Id);
    }

    [Fact]
    public async Task The_api_hands_out_the_next_page_in_its_headers_and_refuses_skip_and_a_forged_cursor()
    {
        var mine = await OpenTasksAsync("api_headers", 3);
        var design = await people.ClientAsync("design");

        var ids = new List<Guid>();
        var url = "/api/tasks?candidateGroup=" + Group + "&take=2";
        var pages = 0;
        while (url is not null)
        {
            var response = await design.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(body.GetArrayLength() <= 2);
            ids.AddRange(body.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
            if (url is not null) Assert.Contains("after=" + response.Headers.GetValues("X-Next-Cursor").Single(), url);
            pages++;
        }

        Assert.True(pages >= 2);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(mine, id => Assert.Contains(id, ids));
        var skip = await design.GetAsync("/api/tasks?skip=2");
        var forged = await design.GetAsync("/api/tasks?after=not-a-cursor");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skip.StatusCode);
        Assert.True((await skip.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("skip", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.True((await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("after", out _));
    }

    [Fact]
    public async Task Another_company_and_another_role_see_none_of_these_tasks()
    {
        var mine = await OpenTasksAsync("api_scope", 2);
        var instance = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskRecord>()
            .Where(t => t.Id == mine[0]).Select(t => t.InstanceId).SingleAsync());

        foreach (var (user, query) in new[]
        {
            ("dz-admin", ""), ("dz-admin", "?candidateGroup=" + Group), ("dz-admin", $"?instanceId={instance}"), // another company, even its administrator
            ("clerk", "?candidateGroup=" + Group), ("clerk", $"?instanceId={instance}"), ("clerk", "?assignee=design"), // the service center's clerk
            ("west", ""), ("build", $"?instanceId={instance}"),
        })
        {
            var response = await (await people.ClientAsync(user)).GetAsync("/api/tasks" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var ids = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("id").GetGuid());
            Assert.DoesNotContain(ids, mine.Contains);
        }
        foreach (var user in new[] { "design", "duty", "admin" })
        {
            var ids = (await (await people.ClientAsync(user)).GetFromJsonAsync<JsonElement>($"/api/tasks?instanceId={instance}"))
                .EnumerateArray().Select(t => t.GetProperty("id").GetGuid());
            Assert.Equal([mine[0]], ids);
        }
    }

    private async Task<(TaskListPage Page, IReadOnlyList<string> Commands)> PageWithCommandsAsync(
        StaffMember caller, Guid? instance, string? group, string? assignee, InboxCursor? after, int size)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        await log.ReadyAsync();
        var page = await scope.ServiceProvider.GetRequiredService<TaskListQuery>().PageAsync(caller, instance, group, assignee, after, size, CancellationToken.None);
        return (page, log.Commands);
    }

    private async Task<List<UserTaskRecord>> AllAsync(StaffMember caller, InboxCursor? after = null)
    {
        var tasks = new List<UserTaskRecord>();
        do
        {
            var (page, _) = await PageWithCommandsAsync(caller, null, null, null, after, TaskListQuery.MaxPageSize);
            tasks.AddRange(page.Tasks);
            after = page.Next;
        }
        while (after is not null);
        return tasks;
    }

    /// <summary>
    /// Design-office tasks, three opened at each instant (the task id breaks the tie); the seventh is overdue by a
    /// year, the third due tomorrow, the rest without a deadline.
    /// </summary>
    private async Task<List<Guid>> OpenTasksAsync(string key, int count, int? overdueAt = 6)
    {
        await host.InScopeAsync(async s =>
            Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review(key, "出图", Group))).Deployed));
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            if (i % 3 == 0) host.Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add(await host.InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<OrchestratorDbContext>();
                var request = ServiceRequest.Submit(new RequestIntake(host.CompanyId, ServiceRequestType.Inquiry, ApplicantKind.Individual,
                    RequestChannel.Counter, "城东区人民路1号", "api paging"), Interlocked.Increment(ref sequence), host.Clock.GetUtcNow());
                db.ServiceRequests.Add(request);
                await db.SaveChangesAsync();
                var instance = await s.GetRequiredService<IWorkflowRuntime>().StartAsync(key, request.Number, tenantId: host.CompanyId);
                return await db.Set<UserTaskRecord>().Where(t => t.InstanceId == instance).Select(t => t.Id).SingleAsync();
            }));
        }
        if (overdueAt is { } overdue && overdue < count) await SetDeadlineAsync(ids[overdue], host.Clock.GetUtcNow().AddDays(-365));
        if (count > 2) await SetDeadlineAsync(ids[2], host.Clock.GetUtcNow().AddDays(1));
        return ids;
    }

    private Task SetDeadlineAsync(Guid taskId, DateTimeOffset due) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        (await db.Set<UserTaskRecord>().SingleAsync(t => t.Id == taskId)).DueAt = due;
        return await db.SaveChangesAsync();
    });

    private Task<StaffMember> StaffAsync(Guid companyId, UnitKind kind, string role) => host.InScopeAsync(async s =>
    {
        var unit = await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters().FirstAsync(u => u.CompanyId == companyId && u.Kind == kind);
        return new StaffMember(role + "-" + companyId.ToString("N")[..6], role, companyId, unit.Id, kind, new HashSet<string> { role });
    });
}

public sealed class TaskListPageSqliteTests(SqliteScenarioHost host) : TaskListPageTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class TaskListPagePostgresTests(PostgresScenarioHost host) : TaskListPageTests(host), IClassFixture<PostgresScenarioHost>;
