using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>
/// The inbox is read a page at a time in SQL from the task-group index: a bounded number of commands and rows
/// whatever the number of open tasks, in a stable keyset order, only the person's company's, and the index
/// follows every claim, release, deadline change, completion and cancellation.
/// </summary>
public abstract class OpenTasksPageTests(IScenarioHost host)
{
    private const string Group = CandidateGroups.DesignOffice;
    private static int sequence = 60_000;

    [Fact]
    public async Task Every_page_costs_the_same_few_commands_and_the_pages_together_list_each_task_once_in_deadline_order()
    {
        var key = await DeployAsync("inbox_paging");
        var mine = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            if (i % 3 == 0) host.Clock.Advance(TimeSpan.FromMinutes(1)); // three tasks share each instant: the task id breaks the tie
            mine.Add(await OpenTaskAsync(key, host.CompanyId));
        }
        await SetDeadlineAsync(mine[5], host.Clock.GetUtcNow().AddDays(-2));
        await SetDeadlineAsync(mine[17], host.Clock.GetUtcNow().AddDays(1));
        var staff = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);

        var seen = new List<InboxItem>();
        var costs = new List<int>();
        InboxCursor? cursor = null;
        do
        {
            var (page, commands) = await PageWithCommandsAsync(staff, new InboxFilter(), cursor, 5);
            Assert.True(page.Items.Count <= 5);
            costs.Add(commands.Count);
            Assert.All(commands.Where(c => c.Contains("wf_user_task_groups")), c => Assert.Contains("LIMIT", c, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(commands, c => c.Contains("\"CandidateGroups\" LIKE", StringComparison.Ordinal));
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.All(costs, c => Assert.Equal(1, c)); // one command: the page's keys with their tasks, requests and customers
        Assert.Equal(seen.Count, seen.Select(i => i.TaskId).Distinct().Count());
        var ours = seen.Where(i => mine.Contains(i.TaskId)).ToList();
        Assert.Equal(mine.Count, ours.Count);
        Assert.Equal(mine[5], ours[0].TaskId); // overdue first
        Assert.Equal(mine[17], ours[1].TaskId); // then the nearest deadline
        Assert.Equal(ours.OrderBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.CreatedAt).Select(i => i.TaskId), ours.Select(i => i.TaskId));
        Assert.All(ours, i => Assert.Equal(i.DueAt is null ? SlaState.NoDeadline : i.DueAt < host.Clock.GetUtcNow() ? SlaState.Overdue : SlaState.DueSoon, i.Sla.State));
    }

    [Fact]
    public async Task A_task_opened_before_the_cursor_moves_nothing_on_the_next_page()
    {
        var key = await DeployAsync("inbox_stable");
        var mine = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            mine.Add(await OpenTaskAsync(key, host.CompanyId));
        }
        var staff = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        var all = await AllAsync(staff);
        var firstOfMine = all.FindIndex(i => mine.Contains(i.TaskId));
        var (first, _) = await PageWithCommandsAsync(staff, new InboxFilter(), null, firstOfMine + 3);

        var urgent = await OpenTaskAsync(key, host.CompanyId);
        await SetDeadlineAsync(urgent, host.Clock.GetUtcNow().AddDays(-30));
        var rest = await AllAsync(staff, first.Next);

        Assert.Equal(all.Skip(firstOfMine + 3).Select(i => i.TaskId), rest.Select(i => i.TaskId));
        Assert.Equal(urgent, (await AllAsync(staff))[0].TaskId);
    }

    [Fact]
    public async Task Another_companys_member_of_the_same_group_sees_none_of_these_tasks()
    {
        var key = await DeployAsync("inbox_company");
        var task = await OpenTaskAsync(key, host.CompanyId);
        var otherCompany = await host.InScopeAsync(async s =>
            (await s.GetRequiredService<OrchestratorDbContext>().Companies.SingleAsync(c => c.Code == "dz")).Id);
        var ours = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        var theirs = await StaffAsync(otherCompany, UnitKind.DesignOffice, Roles.DesignOffice);

        Assert.Contains(task, (await AllAsync(ours)).Select(i => i.TaskId));
        Assert.DoesNotContain(task, (await AllAsync(theirs)).Select(i => i.TaskId));
    }

    [Fact]
    public async Task The_index_follows_claim_release_deadline_completion_and_cancellation()
    {
        var key = await DeployAsync("inbox_lifecycle");
        var completed = await OpenTaskAsync(key, host.CompanyId);
        var cancelled = await OpenTaskAsync(key, host.CompanyId);
        var staff = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        Assert.Equal([Group], await RowsAsync(completed));

        await EngineAsync(e => e.ClaimTaskAsync(completed, staff.UserName));
        Assert.Equal([Group, UserTaskGroupRecord.AssigneeGroup(staff.UserName)], await RowsAsync(completed));
        Assert.Equal([completed], (await AllAsync(staff, filter: new InboxFilter(View: InboxView.Mine))).Select(i => i.TaskId));
        Assert.DoesNotContain(completed, (await AllAsync(staff, filter: new InboxFilter(View: InboxView.Queue))).Select(i => i.TaskId));

        await EngineAsync(e => e.ReleaseTaskAsync(completed, staff.UserName));
        Assert.Equal([Group], await RowsAsync(completed));
        Assert.Empty(await AllAsync(staff, filter: new InboxFilter(View: InboxView.Mine)));

        var due = host.Clock.GetUtcNow().AddDays(-1);
        await SetDeadlineAsync(completed, due);
        Assert.Equal(due, await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskGroupRecord>()
            .Where(r => r.TaskId == completed).Select(r => r.DueAt).SingleAsync()));
        Assert.Contains(completed, (await AllAsync(staff, filter: new InboxFilter(OverdueOnly: true))).Select(i => i.TaskId));
        Assert.DoesNotContain(cancelled, (await AllAsync(staff, filter: new InboxFilter(OverdueOnly: true))).Select(i => i.TaskId));

        await EngineAsync(e => e.ClaimTaskAsync(completed, staff.UserName));
        await EngineAsync(e => e.CompleteTaskAsync(completed, null, staff.UserName));
        var instance = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskRecord>()
            .Where(t => t.Id == cancelled).Select(t => t.InstanceId).SingleAsync());
        await EngineAsync(e => e.CancelAsync(instance));

        Assert.Empty(await RowsAsync(completed));
        Assert.Empty(await RowsAsync(cancelled));
        var open = (await AllAsync(staff)).Select(i => i.TaskId).ToList();
        Assert.DoesNotContain(completed, open);
        Assert.DoesNotContain(cancelled, open);
    }

    [Fact]
    public async Task Filters_run_in_sql_type_search_and_approval_steps()
    {
        var key = await DeployAsync("inbox_filters");
        var task = await OpenTaskAsync(key, host.CompanyId);
        var staff = await StaffAsync(host.CompanyId, UnitKind.DesignOffice, Roles.DesignOffice);
        var number = (await AllAsync(staff)).Single(i => i.TaskId == task).RequestNumber;

        Assert.Equal([task], (await AllAsync(staff, filter: new InboxFilter(Search: number.ToLowerInvariant()))).Select(i => i.TaskId));
        Assert.Contains(task, (await AllAsync(staff, filter: new InboxFilter(Type: ServiceRequestType.Inquiry))).Select(i => i.TaskId));
        Assert.DoesNotContain(task, (await AllAsync(staff, filter: new InboxFilter(Type: ServiceRequestType.NewConnection))).Select(i => i.TaskId));
        Assert.DoesNotContain(task, (await AllAsync(staff, filter: new InboxFilter(FormKey: "approval"))).Select(i => i.TaskId));
    }

    private async Task<(OpenTasksPage Page, IReadOnlyList<string> Commands)> PageWithCommandsAsync(
        StaffMember staff, InboxFilter filter, InboxCursor? after, int size)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        await log.ReadyAsync();
        var page = await scope.ServiceProvider.GetRequiredService<OpenTasksQuery>().PageAsync(staff, filter, after, size);
        return (page, log.Commands);
    }

    private async Task<List<InboxItem>> AllAsync(StaffMember staff, InboxCursor? after = null, InboxFilter? filter = null)
    {
        var items = new List<InboxItem>();
        do
        {
            var (page, _) = await PageWithCommandsAsync(staff, filter ?? new InboxFilter(), after, OpenTasksQuery.MaxPageSize);
            items.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return items;
    }

    private Task<List<string>> RowsAsync(Guid taskId) => host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>()
        .Set<UserTaskGroupRecord>().IgnoreQueryFilters().Where(r => r.TaskId == taskId).OrderBy(r => r.Group).Select(r => r.Group).ToListAsync());

    private Task EngineAsync(Func<IWorkflowRuntime, Task> act) => host.InScopeAsync(async s =>
    {
        await act(s.GetRequiredService<IWorkflowRuntime>());
        return true;
    });

    private Task SetDeadlineAsync(Guid taskId, DateTimeOffset due) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        (await db.Set<UserTaskRecord>().SingleAsync(t => t.Id == taskId)).DueAt = due;
        return await db.SaveChangesAsync();
    });

    private Task<string> DeployAsync(string key) => host.InScopeAsync(async s =>
    {
        Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review(key, "出图", Group))).Deployed);
        return key;
    });

    private Task<Guid> OpenTaskAsync(string key, Guid companyId) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var request = ServiceRequest.Submit(new RequestIntake(companyId, ServiceRequestType.Inquiry, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "inbox paging"), Interlocked.Increment(ref sequence), host.Clock.GetUtcNow());
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        var instance = await s.GetRequiredService<IWorkflowRuntime>().StartAsync(key, request.Number, tenantId: companyId);
        return await db.Set<UserTaskRecord>().Where(t => t.InstanceId == instance).Select(t => t.Id).SingleAsync();
    });

    private Task<StaffMember> StaffAsync(Guid companyId, UnitKind kind, string role) => host.InScopeAsync(async s =>
    {
        var unit = await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters().FirstAsync(u => u.CompanyId == companyId && u.Kind == kind);
        return new StaffMember("design-" + companyId.ToString("N")[..6], "设计员", companyId, unit.Id, kind, new HashSet<string> { role });
    });
}

public sealed class OpenTasksPageSqliteTests(SqliteScenarioHost host) : OpenTasksPageTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OpenTasksPagePostgresTests(PostgresScenarioHost host) : OpenTasksPageTests(host), IClassFixture<PostgresScenarioHost>;
