using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling;
using Orchestrator.Host.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>
/// The Host's own composition of persistence, workflows (engine, water activities, business calendar) and
/// scheduling (Hangfire, the timer reconciler), in a generic host without the web server.
/// </summary>
public static class HostComposition
{
    public static HostApplicationBuilder Builder(BenchDatabase database, bool withScheduling)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Bench",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Scheduling:Storage"] = "InMemory",
        });
        builder.Services.TryAddSingleton<ICompanyScope, UnrestrictedCompanyScope>();
        builder.AddPersistence();
        builder.AddWorkflows();
        if (withScheduling) builder.AddScheduling();
        return builder;
    }
}
