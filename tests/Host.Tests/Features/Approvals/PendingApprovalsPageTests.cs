using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Approvals;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Approvals;

/// <summary>
/// The approvals page reads a page at a time in the inbox's keyset order: a bounded number of commands per page,
/// every approval once across the pages, and only approval steps.
/// </summary>
public abstract class PendingApprovalsPageTests(IScenarioHost host)
{
    private static int sequence = 80_000;

    [Fact]
    public async Task Approvals_come_a_page_at_a_time_each_once_and_only_approval_steps()
    {
        await host.InScopeAsync(async s =>
            Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review("approvals_paging", "审批", CandidateGroups.DesignOffice))).Deployed));
        var approvals = new List<Guid>();
        for (var i = 0; i < 7; i++) approvals.Add(await OpenTaskAsync(PendingApprovalsQuery.ApprovalForm));
        var review = await OpenTaskAsync(null);
        var staff = await host.InScopeAsync(async s =>
        {
            var unit = await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
                .FirstAsync(u => u.CompanyId == host.CompanyId && u.Kind == UnitKind.DesignOffice);
            return new StaffMember("approver-" + sequence, "审批人", host.CompanyId, unit.Id, UnitKind.DesignOffice, new HashSet<string> { Roles.DesignOffice });
        });

        var seen = new List<Guid>();
        InboxCursor? cursor = null;
        var pages = 0;
        do
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
            await log.ReadyAsync();
            var page = await scope.ServiceProvider.GetRequiredService<PendingApprovalsQuery>().PageAsync(staff, cursor, 3);
            Assert.InRange(page.Items.Count, 0, 3);
            Assert.InRange(log.Commands.Count, 1, 3); // the page, then its amounts and its addresses
            seen.AddRange(page.Items.Select(i => i.TaskId));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(approvals.Order(), seen.Order());
        Assert.DoesNotContain(review, seen);
    }

    private Task<Guid> OpenTaskAsync(string? formKey) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var request = ServiceRequest.Submit(new RequestIntake(host.CompanyId, ServiceRequestType.Inquiry, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "approvals paging"), Interlocked.Increment(ref sequence), host.Clock.GetUtcNow());
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        var instance = await s.GetRequiredService<IWorkflowRuntime>().StartAsync("approvals_paging", request.Number, tenantId: host.CompanyId);
        var task = await db.Set<UserTaskRecord>().SingleAsync(t => t.InstanceId == instance);
        task.FormKey = formKey; // the flow's step stands for an approval step (form "approval") or for other work
        await db.SaveChangesAsync();
        return task.Id;
    });
}

public sealed class PendingApprovalsPageSqliteTests(SqliteScenarioHost host) : PendingApprovalsPageTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class PendingApprovalsPagePostgresTests(PostgresScenarioHost host) : PendingApprovalsPageTests(host), IClassFixture<PostgresScenarioHost>;
