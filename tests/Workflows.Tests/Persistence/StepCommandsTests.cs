using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.EntityFramework;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Workflows.Tests.Persistence;

/// <summary>
/// What a user-task completion sends to the database, read with a command interceptor: the task and its instance
/// in one read, no definition read (cached by id), every changed row written once.
/// </summary>
public abstract class StepCommandsTests(ITestOutputHelper output) : WorkflowScenarioBase
{
    protected CommandCounter Counter { get; } = new();

    [Fact]
    public async Task Completing_a_user_task_reads_once_and_writes_each_row_once()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));

        Counter.Reset();
        Counter.Counting = true;
        await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", "clerk")), "clerk"));
        Counter.Counting = false;

        var statements = Counter.Commands.SelectMany(Statements).ToList();
        foreach (var statement in statements) output.WriteLine(statement);
        Assert.Single(statements, s => s.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(statements, s => s.Contains("wf_definitions", StringComparison.OrdinalIgnoreCase));
        var updates = statements.Where(s => s.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)).Select(Table).ToList();
        Assert.Equal(["wf_instances", "wf_user_tasks"], updates.Order());
        Assert.Equal(2, statements.Count(s => s.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) && Table(s) == "wf_history"));
        Assert.Equal(ExpectedCommands, Counter.Commands.Count);
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    /// <summary>SQLite sends one command per row; PostgreSQL batches the writes of the commit in one.</summary>
    protected abstract int ExpectedCommands { get; }

    private static IEnumerable<string> Statements(string command) =>
        command.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Table(string statement) =>
        Regex.Match(statement, @"^(?:UPDATE|INSERT INTO)\s+""?(\w+)""?", RegexOptions.IgnoreCase).Groups[1].Value;
}

public sealed class SqliteStepCommandsTests(SqliteDatabase database, ITestOutputHelper output) : StepCommandsTests(output), IClassFixture<SqliteDatabase>
{
    protected override int ExpectedCommands => 5;

    protected override void UseStore(WorkflowEngineBuilder engine)
    {
        engine.Services.AddDbContext<TestWorkflowDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(Counter));
        engine.UseEntityFrameworkStore<TestWorkflowDbContext>();
    }
}

public sealed class PostgresStepCommandsTests(PostgresDatabase database, ITestOutputHelper output) : StepCommandsTests(output), IClassFixture<PostgresDatabase>
{
    protected override int ExpectedCommands => 2;

    protected override void UseStore(WorkflowEngineBuilder engine)
    {
        engine.Services.AddDbContext<TestWorkflowDbContext>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(Counter));
        engine.UseEntityFrameworkStore<TestWorkflowDbContext>();
    }
}
