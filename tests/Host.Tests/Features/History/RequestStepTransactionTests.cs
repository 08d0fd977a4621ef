using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Features.History;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.History;

/// <summary>
/// A request's history line is written in the same transaction as the step it records: when the line cannot be
/// written the step does not happen, and the loser of a conflict leaves no line (and its unit of work goes on clean).
/// </summary>
public abstract class RequestStepTransactionTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    private static readonly Dictionary<string, object?> Reading150 = new() { ["reading"] = 150L };

    [Fact]
    public async Task A_history_line_that_cannot_be_written_leaves_the_step_undone()
    {
        var suspension = await people.SuspensionAsync();
        var task = await suspension.TaskAsync("FinalReading");
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OrchestratorDbContext>();
            db.Add(new CompletedStep
            {
                Id = Guid.NewGuid(), CompanyId = host.CompanyId, RequestId = suspension.Request.Id, TaskId = task.Id, At = host.Clock.GetUtcNow(),
                UserName = "someone", ActorName = "someone", ElementId = "FinalReading", StepName = "已有的记录",
            });
            await db.SaveChangesAsync(); // the task's line already exists: writing it again fails (one line per task)
        });

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => host.InScopeAsync(s =>
            s.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(task.Id, Reading150, "office")));

        var after = await suspension.TaskAsync("FinalReading");
        Assert.Equal((UserTaskStatus.Open, task.Revision), (after.Status, after.Revision));
        Assert.Equal(["已有的记录"], await StepNamesAsync(task.Id));
        Assert.Equal(Orchestrator.Domain.Requests.RequestStatus.InProgress.ToString(), (await suspension.DetailsAsync()).Status);
    }

    [Fact]
    public async Task The_loser_of_a_conflict_leaves_no_line_and_its_unit_of_work_goes_on_clean()
    {
        var first = await (await people.SuspensionAsync()).TaskAsync("FinalReading");
        var second = await (await people.SuspensionAsync()).TaskAsync("FinalReading");

        await host.InScopeAsync(async loser =>
        {
            var db = loser.GetRequiredService<OrchestratorDbContext>();
            await db.Set<UserTaskRecord>().FindAsync(first.Id); // the loser read the task before the winner completed it
            await host.InScopeAsync(winner => winner.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(first.Id, Reading150, "office"));

            var runtime = loser.GetRequiredService<IWorkflowRuntime>();
            await Assert.ThrowsAsync<WorkflowConflictException>(() => runtime.CompleteTaskAsync(first.Id, Reading150, "officemgr"));
            await runtime.CompleteTaskAsync(second.Id, Reading150, "officemgr");
        });

        Assert.Equal(["office"], await UsersAsync(first.Id));
        Assert.Equal(["officemgr"], await UsersAsync(second.Id));
    }

    private Task<List<string>> StepNamesAsync(Guid taskId) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Set<CompletedStep>().IgnoreQueryFilters().Where(c => c.TaskId == taskId).Select(c => c.StepName).ToListAsync());

    private Task<List<string>> UsersAsync(Guid taskId) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Set<CompletedStep>().IgnoreQueryFilters().Where(c => c.TaskId == taskId).Select(c => c.UserName).ToListAsync());
}

public sealed class RequestStepTransactionSqliteTests(SqliteScenarioHost host) : RequestStepTransactionTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RequestStepTransactionPostgresTests(PostgresScenarioHost host) : RequestStepTransactionTests(host), IClassFixture<PostgresScenarioHost>;
