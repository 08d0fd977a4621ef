using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Payments;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Scenarios.Support;

/// <summary>The real Host on its own database with a fake clock, shared by the scenarios of one class.</summary>
public abstract class ScenarioHost<TDatabase> : IScenarioHost, IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();
    private HostFactory? host;

    public FakeClock Clock { get; } = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public Guid CompanyId { get; private set; }

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new HostFactory(database, demoCustomers: 2);
        // Scenarios fire their timers themselves on the fake clock: job storage stays in memory.
        Factory = host.WithWebHostBuilder(web => web
            .UseSetting("Scheduling:Storage", "InMemory")
            .UseTestPaymentChannels()
            .ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock))));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        CompanyId = (await db.Companies.SingleAsync(c => c.Code == "city")).Id;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (host is not null) await host.DisposeAsync();
        await database.DisposeAsync();
    }
}

public interface IScenarioHost
{
    FakeClock Clock { get; }

    WebApplicationFactory<Program> Factory { get; }

    Guid CompanyId { get; }
}

public sealed class SqliteScenarioHost : ScenarioHost<SqliteTestDatabase>;

public sealed class PostgresScenarioHost : ScenarioHost<PostgresTestDatabase>;
