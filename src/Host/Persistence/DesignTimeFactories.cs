using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Persistence;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without starting the Host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrchestratorDbContext>
{
    public SqliteOrchestratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrchestratorDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable("__ef_migrations_history")).Options) { CompanyScope = new UnrestrictedScope() };
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrchestratorDbContext>
{
    public PostgresOrchestratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOrchestratorDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable("__ef_migrations_history")).Options) { CompanyScope = new UnrestrictedScope() };
}

internal sealed class UnrestrictedScope : ICompanyScope
{
    public Guid? CompanyId => null;
}
