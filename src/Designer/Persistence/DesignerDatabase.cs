using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Drafts;
using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Designer.Persistence;

/// <summary>The tables the designer reads and writes, on the Host's scoped DbContext (so drafts share its company scope).</summary>
public sealed class DesignerDatabase(DbContext context)
{
    public DbSet<FlowDraft> Drafts => context.Set<FlowDraft>();
    public IQueryable<WorkflowDefinitionRecord> Definitions => context.Set<WorkflowDefinitionRecord>().AsNoTracking();
    public IQueryable<UserTaskRecord> UserTasks => context.Set<UserTaskRecord>().AsNoTracking();
    public IQueryable<WaterCompany> Companies => context.Set<WaterCompany>().AsNoTracking();

    public IQueryable<T> Set<T>() where T : class => context.Set<T>().AsNoTracking();

    public Task SaveChangesAsync(CancellationToken ct) => context.SaveChangesAsync(ct);
}
