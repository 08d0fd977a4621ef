using System.Globalization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;
using static Orchestrator.Host.Tests.Features.Access.AccessMatrixHarness;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>
/// What the task page loads: facts in words instead of the flow's variables, the path taken from the engine's
/// history, and the claim model (claim, then complete or release) as each colleague sees it.
/// </summary>
public abstract class TaskDetailsQueryTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task The_page_reads_the_account_and_arrears_in_words_and_the_path_the_request_took()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var flow = await people.SuspensionAsync();
        var id = await TaskIdAsync(flow, "FinalReading");

        var details = (await LoadAsync("office", id)).Details!;

        var account = (await flow.DetailsAsync()).AccountNumber!;
        Assert.Contains(details.Facts, f => f.Key == "Fact_Account" && f.Value.StartsWith(account, StringComparison.Ordinal));
        Assert.Contains(details.Facts, f => f is { Key: "Fact_CustomerArrears", Value: "0.00 元", Warning: false });
        Assert.DoesNotContain(details.Facts, f => f.Value.Contains("Suspension") || f.Value.Contains("clear"));
        Assert.Contains("CheckArrears", details.PathTaken);
        Assert.DoesNotContain("FinalReading", details.PathTaken);
        Assert.True(details.MayWorkOn);
        Assert.Null(details.Task.Assignee);
    }

    [Fact]
    public async Task A_claimed_step_is_the_holders_alone_until_they_release_it()
    {
        var id = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");

        Assert.Equal(OutcomeKind.Done, (await people.AsPageAsync("office", (op, staff) => op.Get<ClaimTask>().RunAsync(staff, id))).Kind);
        var manager = (await LoadAsync("officemgr", id)).Details!;
        var colleagueRelease = await people.AsPageAsync("officemgr", (op, staff) => op.Get<ReleaseTask>().RunAsync(staff, id));
        var colleagueComplete = await people.AsPageAsync("officemgr", (op, staff) =>
            op.Get<CompleteTask>().RunAsync(staff, id, new Dictionary<string, object?> { ["reading"] = 150L }));

        Assert.Equal("office", manager.Task.Assignee);
        Assert.Contains("营业所", manager.HolderName);
        Assert.False(manager.MayWorkOn);
        Assert.Equal(OutcomeKind.Conflict, colleagueRelease.Kind);
        Assert.Equal(OutcomeKind.Conflict, colleagueComplete.Kind);
        Assert.Contains("office", colleagueComplete.Message);

        Assert.Equal(OutcomeKind.Done, (await people.AsPageAsync("office", (op, staff) => op.Get<ReleaseTask>().RunAsync(staff, id))).Kind);
        var released = (await LoadAsync("officemgr", id)).Details!;
        Assert.Null(released.Task.Assignee);
        Assert.True(released.MayWorkOn);
    }

    private Task<TaskLookup> LoadAsync(string userName, Guid taskId) =>
        people.AsPageAsync(userName, (op, staff) => op.Get<TaskDetailsQuery>().LoadAsync(staff, taskId));
}

public sealed class TaskDetailsQuerySqliteTests(SqliteScenarioHost host) : TaskDetailsQueryTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class TaskDetailsQueryPostgresTests(PostgresScenarioHost host) : TaskDetailsQueryTests(host), IClassFixture<PostgresScenarioHost>;
