using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>The real Host (Program) on a test database with a small set of demo data.</summary>
public sealed class HostFactory(TestDatabase database, int demoCustomers = 20, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.Options.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Customers", demoCustomers.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Scheduling:PollingInterval", "00:00:01");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000"); // tests sign in far faster than people
        builder.UseSetting("Mail:PickupFolder", Path.Combine(Path.GetTempPath(), "orchestrator-test-mail"));
        configure?.Invoke(builder);
    }
}
