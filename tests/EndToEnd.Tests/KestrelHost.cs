using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Persistence;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>
/// The real Host on Kestrel (127.0.0.1, a free port) with a temporary SQLite database and the demo data,
/// so a real browser can talk to it over HTTP and WebSockets.
/// </summary>
public sealed class KestrelHost : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"orchestrator-e2e-{Guid.NewGuid():N}.db");

    public KestrelHost() => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (MudBlazor, the designer's bpmn-js bundle) from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={databasePath};Default Timeout=30");
        builder.UseSetting("DetailedErrors", "true");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Customers", "30");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(Path.GetTempPath(), "orchestrator-e2e-mail"));
        builder.UseSetting("RateLimits:SignInPerMinute", "100000"); // browsers in tests sign in far faster than people
    }

    public async Task<T> WithDbAsync<T>(Func<OrchestratorDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
