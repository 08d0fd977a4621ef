using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Approvals;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Persistence.Records;
using static Orchestrator.Host.Tests.Features.Access.AccessMatrixHarness;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>The commands the inbox, task and approvals pages call: the same rules as the API, the wrong users beside the right one.</summary>
public abstract class CompleteTaskTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    private static readonly Dictionary<string, object?> Reading150 = new() { ["reading"] = 150L };

    [Fact]
    public async Task The_page_claim_answers_every_user_as_the_api_does()
    {
        var shared = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");
        var expected = Expect(HttpStatusCode.OK, ["office", "officemgr"], ["duty", "leader", "vp", "admin"]);
        var wrong = new List<string>();

        foreach (var (user, status) in expected.OrderBy(e => e.Value == HttpStatusCode.OK))
        {
            var id = status == HttpStatusCode.OK ? await TaskIdAsync(await people.SuspensionAsync(), "FinalReading") : shared;
            var outcome = await people.AsPageAsync(user, (op, staff) => op.Get<ClaimTask>().RunAsync(staff, id));
            if (outcome.Kind != KindOf(status)) wrong.Add($"{user}: expected {KindOf(status)}, got {outcome.Kind}");
        }

        Assert.True(wrong.Count == 0, string.Join(" | ", wrong));
        Assert.Null((await TaskAsync(shared)).Assignee);
    }

    [Fact]
    public async Task The_right_office_completes_and_城西_an_administrator_or_another_company_cannot()
    {
        var id = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");

        var west = await people.AsPageAsync("west", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, Reading150));
        var admin = await people.AsPageAsync("admin", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, Reading150));
        var otherCompany = await people.AsPageAsync("dz-admin", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, Reading150));
        var office = await people.AsPageAsync("office", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, Reading150));

        Assert.Equal(OutcomeKind.NotFound, west.Kind);
        Assert.Equal(OutcomeKind.Forbidden, admin.Kind);
        Assert.Equal(OutcomeKind.NotFound, otherCompany.Kind);
        Assert.Equal(OutcomeKind.Done, office.Kind);
        Assert.Equal(UserTaskStatus.Completed, (await TaskAsync(id)).Status);
    }

    [Fact]
    public async Task A_reading_below_the_last_is_refused_field_by_field_in_the_users_language_and_nothing_changes()
    {
        var id = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");
        var values = new Dictionary<string, object?> { ["reading"] = 99L, ["skipFee"] = true };

        var chinese = await InCultureAsync("zh-CN", () => people.AsPageAsync("office", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, values)));
        var english = await InCultureAsync("en", () => people.AsPageAsync("office", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, id, values)));

        Assert.Equal(OutcomeKind.Invalid, chinese.Kind);
        Assert.Equal("读数不能低于上次读数", chinese.Problems!["reading"]);
        Assert.Equal("表单中没有该项", chinese.Problems["skipFee"]);
        Assert.Equal("The reading cannot be below the last reading", english.Problems!["reading"]);
        var task = await TaskAsync(id);
        Assert.Equal((UserTaskStatus.Open, null), (task.Status, task.Assignee));
    }

    [Fact]
    public async Task The_api_refuses_bad_values_with_one_problem_per_field_in_the_callers_language()
    {
        var id = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");
        var office = await people.ClientAsync("office");
        var body = new { variables = new { reading = 99, skipFee = true } };

        var chinese = await office.PostAsJsonAsync($"/api/tasks/{id}/complete", body);
        var english = await office.PostAsJsonAsync($"/api/tasks/{id}/complete?culture=en", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, chinese.StatusCode);
        var errors = (await chinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("读数不能低于上次读数", errors.GetProperty("reading")[0].GetString());
        Assert.Equal("表单中没有该项", errors.GetProperty("skipFee")[0].GetString());
        var englishErrors = (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The reading cannot be below the last reading", englishErrors.GetProperty("reading")[0].GetString());
        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(id)).Status);
    }

    [Fact]
    public async Task The_inbox_of_城东_lists_城东_work_and_not_城西_work()
    {
        var east = await TaskIdAsync(await people.SuspensionAsync("城东区"), "FinalReading");
        var west = await TaskIdAsync(await people.SuspensionAsync("城西区"), "FinalReading");

        var eastInbox = (await people.AsPageAsync("office", (op, staff) => op.Get<OpenTasksQuery>().PageAsync(staff, size: OpenTasksQuery.MaxPageSize))).Items;
        var westInbox = (await people.AsPageAsync("west", (op, staff) => op.Get<OpenTasksQuery>().PageAsync(staff, size: OpenTasksQuery.MaxPageSize))).Items;

        Assert.Contains(eastInbox, i => i.TaskId == east);
        Assert.DoesNotContain(eastInbox, i => i.TaskId == west);
        Assert.Contains(westInbox, i => i.TaskId == west);
        Assert.DoesNotContain(westInbox, i => i.TaskId == east);
    }

    [Fact]
    public async Task An_approval_batch_decides_only_as_the_approving_role()
    {
        var mine = await TaskIdAsync(await people.RetrofitAsync(), "OfficeApproval");
        var theirs = await TaskIdAsync(await people.RetrofitAsync(), "OfficeApproval");
        var decision = (Guid id) => new ApprovalDecision([id], true, "同意");

        var byAdmin = await people.AsPageAsync("admin", async (op, staff) =>
            await host.Factory.Services.GetRequiredService<ApprovalBatchWork>().DecideAsync(await PrincipalOf(op), staff, decision(theirs)));
        var byManager = await people.AsPageAsync("officemgr", async (op, staff) =>
            await host.Factory.Services.GetRequiredService<ApprovalBatchWork>().DecideAsync(await PrincipalOf(op), staff, decision(mine)));

        Assert.Equal(new BatchResult(0, 0, 1), byAdmin);
        Assert.Equal(new BatchResult(1, 0, 0), byManager);
        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(theirs)).Status);
    }

    private static Task<System.Security.Claims.ClaimsPrincipal> PrincipalOf(WorkplaceOperation operation) =>
        Task.FromResult(operation.Get<SignedInUser>().Principal!);

    private static OutcomeKind KindOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.OK => OutcomeKind.Done,
        HttpStatusCode.Forbidden => OutcomeKind.Forbidden,
        _ => OutcomeKind.NotFound,
    };

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private Task<UserTaskRecord> TaskAsync(Guid id) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskRecord>().SingleAsync(t => t.Id == id));
}

public sealed class CompleteTaskSqliteTests(SqliteScenarioHost host) : CompleteTaskTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class CompleteTaskPostgresTests(PostgresScenarioHost host) : CompleteTaskTests(host), IClassFixture<PostgresScenarioHost>;
