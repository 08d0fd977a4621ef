using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>
/// Several candidates claim the same task at once: one gets it, and everyone else hears in their language who holds it
/// (or that someone changed it first), whether the check before the claim or the engine's own guard stopped them.
/// </summary>
public abstract class ClaimRaceTests(IScenarioHost host)
{
    [Fact]
    public async Task One_candidate_gets_the_task_and_the_others_hear_who_in_chinese()
    {
        await host.InScopeAsync(async s =>
            Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review("claim_race", "出图", CandidateGroups.DesignOffice))).Deployed));
        var taskId = await host.InScopeAsync(async s =>
        {
            var instance = await s.GetRequiredService<IWorkflowRuntime>().StartAsync("claim_race", "RACE-1", tenantId: host.CompanyId);
            return await s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskRecord>().Where(t => t.InstanceId == instance).Select(t => t.Id).SingleAsync();
        });
        var unit = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
            .Where(u => u.CompanyId == host.CompanyId && u.Kind == UnitKind.DesignOffice).Select(u => u.Id).FirstAsync());
        var designers = Enumerable.Range(1, 6).Select(i =>
            new StaffMember($"designer-{i}", $"设计员{i}", host.CompanyId, unit, UnitKind.DesignOffice, new HashSet<string> { Roles.DesignOffice })).ToList();

        var outcomes = await Task.WhenAll(designers.Select(d => Task.Run(async () =>
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            await using var scope = host.Factory.Services.CreateAsyncScope();
            return (d.UserName, Outcome: await scope.ServiceProvider.GetRequiredService<ClaimTask>().RunAsync(d, taskId));
        })));

        var winner = Assert.Single(outcomes, o => o.Outcome.Succeeded).UserName;
        Assert.Equal(winner, await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Set<UserTaskRecord>()
            .Where(t => t.Id == taskId).Select(t => t.Assignee).SingleAsync()));
        Assert.All(outcomes.Where(o => !o.Outcome.Succeeded), o =>
        {
            Assert.Equal(OutcomeKind.Conflict, o.Outcome.Kind);
            Assert.Contains(o.Outcome.Message, new[] { $"该任务已由 {winner} 认领", "该记录在您打开后已被他人修改，请刷新后重试" });
        });
    }
}

public sealed class ClaimRaceSqliteTests(SqliteScenarioHost host) : ClaimRaceTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ClaimRacePostgresTests(PostgresScenarioHost host) : ClaimRaceTests(host), IClassFixture<PostgresScenarioHost>;
