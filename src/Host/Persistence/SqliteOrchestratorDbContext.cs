using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Persistence;

/// <summary>SQLite has no row version: the token is a counter the context increments on every update.</summary>
public sealed class SqliteOrchestratorDbContext(DbContextOptions<SqliteOrchestratorDbContext> options) : OrchestratorDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        base.ConfigureConventions(configuration);
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void ConfigureConcurrencyTokens(ModelBuilder builder)
    {
        foreach (var entityType in VersionedEntityTypes(builder))
        {
            builder.Entity(entityType.ClrType).Property<long>(VersionedEntities.VersionProperty).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Metadata.FindProperty(VersionedEntities.VersionProperty) is not { IsConcurrencyToken: true } token
                || !token.IsShadowProperty()) continue;
            var version = entry.Property(VersionedEntities.VersionProperty);
            version.CurrentValue = entry.State == EntityState.Added ? 1L : (long)version.OriginalValue! + 1;
        }
    }
}
