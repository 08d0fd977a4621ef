using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Ledger;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>The Host's real persistence registrations on a test database, without the web server.</summary>
public sealed class PersistenceHarness(TestDatabase database, IInterceptor? interceptor = null) : IAsyncDisposable
{
    private readonly FixedCompanyScope scope = new(null);
    private ServiceProvider? services;

    public ServiceProvider Services => services ??= Build();

    /// <summary>Null: unrestricted (as background jobs run); otherwise scoped to that company.</summary>
    public Guid? CompanyScope { set => scope.CompanyId = value; }

    public AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    public async Task MigrateAsync()
    {
        await using var s = NewScope();
        await s.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    private ServiceProvider Build()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(Options.Create(database.Options));
        collection.AddSingleton<ICompanyScope>(scope);
        collection.AddSingleton(TimeProvider.System);
        collection.AddOrchestratorDbContext();
        if (interceptor is not null)
        {
            collection.ConfigureDbContext<SqliteOrchestratorDbContext>(o => o.AddInterceptors(interceptor));
            collection.ConfigureDbContext<PostgresOrchestratorDbContext>(o => o.AddInterceptors(interceptor));
        }
        collection.AddScoped<DatabaseInitializer>();
        collection.AddScoped<LedgerRepository>();
        collection.AddOptions<Orchestrator.Host.Features.Payments.PaymentsOptions>();
        collection.AddScoped<PaymentRecorder>();
        return collection.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
    }
}
