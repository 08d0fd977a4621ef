using Microsoft.Extensions.Options;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Scheduling;

/// <summary>Which storage Hangfire uses: PostgreSQL (jobs survive restarts) or memory (they do not).</summary>
public sealed class JobStorageChoice(IOptions<SchedulingOptions> scheduling, IOptions<DatabaseOptions> database)
{
    public bool KeepsJobs => scheduling.Value.Storage switch
    {
        JobStorage.PostgreSql => true,
        JobStorage.InMemory => false,
        _ => database.Value.Provider == DatabaseProvider.PostgreSql,
    };
}
