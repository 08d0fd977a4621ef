using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Workflows.EntityFramework;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Persistence;

public static class PersistenceExtensions
{
    /// <summary>The one DbContext on SQLite (default, a file under ./data) or PostgreSQL, chosen by Database:Provider.</summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOrchestratorDbContext();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Both provider contexts are registered; which one serves <see cref="OrchestratorDbContext"/> is decided from
    /// the bound options when first resolved, so configuration added late (tests, command line) is honoured.
    /// Contexts come from a pool (building one costs more than a step's own work); each DI scope gets its own
    /// for the scope's lifetime, scoped to the scope's company, and gives it back when the scope ends.
    /// </summary>
    public static IServiceCollection AddOrchestratorDbContext(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<PostgresOrchestratorDbContext>((sp, db) => db.UseNpgsql(Options(sp).ConnectionString, npgsql =>
            npgsql.MigrationsHistoryTable("__ef_migrations_history")).UseWorkflowEngineInterceptors(sp).AddInterceptors(OfficeAreaStamp.Instance));
        services.AddPooledDbContextFactory<SqliteOrchestratorDbContext>((sp, db) =>
        {
            var connectionString = Options(sp).ConnectionString;
            SqliteFiles.EnsureDirectoryFor(connectionString);
            db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history")).UseWorkflowEngineInterceptors(sp)
                .AddInterceptors(OfficeAreaStamp.Instance);
        });
        services.AddScoped(Rent<PostgresOrchestratorDbContext>);
        services.AddScoped(Rent<SqliteOrchestratorDbContext>);
        services.AddScoped<OrchestratorDbContext>(sp => Options(sp).Provider switch
        {
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgresOrchestratorDbContext>(),
            DatabaseProvider.Sqlite => sp.GetRequiredService<SqliteOrchestratorDbContext>(),
            var other => throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                [$"Database:Provider '{other}' is not supported. Use Sqlite or PostgreSql."]),
        });
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<OrchestratorDbContext>());
        return services;
    }

    private static TContext Rent<TContext>(IServiceProvider services) where TContext : OrchestratorDbContext
    {
        var db = services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        db.CompanyScope = services.GetRequiredService<ICompanyScope>();
        return db;
    }

    private static DatabaseOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
