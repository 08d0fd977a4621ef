using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Persistence;

/// <summary>On PostgreSQL the token is the system column <c>xmin</c>, which the server changes on every update.</summary>
public sealed class PostgresOrchestratorDbContext(DbContextOptions<PostgresOrchestratorDbContext> options) : OrchestratorDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        base.ConfigureConventions(configuration);
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void ConfigureConcurrencyTokens(ModelBuilder builder)
    {
        foreach (var entityType in VersionedEntityTypes(builder))
        {
            builder.Entity(entityType.ClrType).Property<uint>(VersionedEntities.VersionProperty).IsRowVersion();
        }
    }
}
