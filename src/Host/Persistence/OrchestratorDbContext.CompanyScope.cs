using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Persistence;

public abstract partial class OrchestratorDbContext
{
    public const string CompanyIdProperty = "CompanyId";

    /// <summary>
    /// Every entity that belongs to a company is filtered to the signed-in user's company on the server,
    /// whatever the page or endpoint asked for.
    /// </summary>
    private void ApplyCompanyScope(ModelBuilder builder)
    {
        foreach (var entityType in CompanyOwnedEntityTypes(builder))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var scoped = Expression.Property(Expression.Constant(this), nameof(ScopedCompanyId));
            var companyId = Expression.Call(
                typeof(EF), nameof(EF.Property), [typeof(Guid)], entity, Expression.Constant(CompanyIdProperty));
            var filter = Expression.OrElse(
                Expression.Equal(scoped, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(Expression.Convert(companyId, typeof(Guid?)), scoped));
            builder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(filter, entity));
        }
        foreach (var entityType in TenantOwnedEngineTypes(builder))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var scoped = Expression.Property(Expression.Constant(this), nameof(ScopedCompanyId));
            var tenantId = Expression.Property(entity, nameof(WorkflowRecord.TenantId));
            var filter = Expression.OrElse(
                Expression.Equal(scoped, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(tenantId, scoped));
            builder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(filter, entity));
        }
    }

    /// <summary>
    /// The engine's rows carry their company as <see cref="WorkflowRecord.TenantId"/>; another company's
    /// instance, task, timer or incident is not found at all. Definitions are group-wide and stay visible.
    /// </summary>
    private static IEnumerable<IMutableEntityType> TenantOwnedEngineTypes(ModelBuilder builder) =>
        builder.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null)
            .Where(t => t.ClrType.IsSubclassOf(typeof(WorkflowRecord)) && t.ClrType != typeof(WorkflowDefinitionRecord));

    private static IEnumerable<IMutableEntityType> CompanyOwnedEntityTypes(ModelBuilder builder) =>
        builder.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null)
            .Where(t => t.FindProperty(CompanyIdProperty)?.ClrType == typeof(Guid));

    /// <summary>Everything people edit: the water-utility domain's entities.</summary>
    protected static IEnumerable<IMutableEntityType> VersionedEntityTypes(ModelBuilder builder) =>
        builder.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null)
            .Where(t => t.ClrType.Assembly == typeof(Domain.DomainException).Assembly);
}
