using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>One started Host per test class, on its own database.</summary>
public abstract class HostFixture<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();

    public HostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Factory = new HostFactory(database);
        _ = Factory.Server; // starts the host: migrations and demo data run now
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }

    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoOptions.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<OrchestratorDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }

    private sealed record TokenResponse(string AccessToken);
}

public sealed class SqliteHostFixture : HostFixture<SqliteTestDatabase>;

public sealed class PostgresHostFixture : HostFixture<PostgresTestDatabase>;
