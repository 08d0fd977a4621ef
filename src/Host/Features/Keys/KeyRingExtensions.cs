using Microsoft.AspNetCore.DataProtection;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Keys;

public static class KeyRingExtensions
{
    /// <summary>The name every node shares; without it the key ring is split by each node's content-root path.</summary>
    public const string ApplicationName = "Orchestrator";

    /// <summary>
    /// Cookies, bearer tokens and antiforgery tokens are protected with keys kept in the database, so they work on
    /// every node and survive restarts.
    /// </summary>
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<OrchestratorDbContext>();
        return builder;
    }
}
