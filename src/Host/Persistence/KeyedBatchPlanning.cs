using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Work that walks a large table in batches, each read and written by key (a thousand ids of a hundred thousand
/// rows), inside one transaction. PostgreSQL's planner costs a thousand-odd index probes above one sequential scan
/// once a batch is a percent or two of the table, and a scan per batch makes the whole walk grow with the square
/// of the table; so inside the caller's transaction (SET LOCAL) it plans with indexes whenever one serves, until
/// <see cref="EndAsync"/>. SQLite always probes its indexes for such lists and needs nothing.
/// </summary>
public static class KeyedBatchPlanning
{
    public static Task BeginAsync(OrchestratorDbContext db, CancellationToken ct) => ExecuteAsync(db, "SET LOCAL enable_seqscan = off", ct);

    /// <summary>Back to the planner's own choice, for set-based statements over the whole run (joins, counts).</summary>
    public static Task EndAsync(OrchestratorDbContext db, CancellationToken ct) => ExecuteAsync(db, "SET LOCAL enable_seqscan = on", ct);

    private static async Task ExecuteAsync(OrchestratorDbContext db, string setting, CancellationToken ct)
    {
        // Without a transaction (the demo's small seed) a setting would outlive the work on a pooled connection.
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is null) return;
        await db.Database.ExecuteSqlRawAsync(setting, ct);
    }
}
