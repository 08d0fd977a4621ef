using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Inserts many new rows of one entity at once, inside the caller's transaction: on PostgreSQL by binary COPY
/// (<see cref="PostgresCopy"/>), on SQLite by one prepared INSERT per row (<see cref="SqliteBulkInsert"/>). The
/// rows are never tracked, so a batch is forgotten once written.
/// </summary>
public static class BulkInsert
{
    public static async Task AddAsync<T>(OrchestratorDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0) return;
        if (db.Database.IsNpgsql()) await PostgresCopy.WriteAsync(db, rows, ct);
        else await SqliteBulkInsert.WriteAsync(db, rows, ct);
    }

    /// <summary>
    /// After a bulk write on PostgreSQL, refreshes the planner's statistics of <typeparamref name="T"/>'s table (ANALYZE,
    /// allowed inside the transaction), so a set-based statement over the rows just written is planned for their
    /// real number; with the statistics of an empty table a join over 100,000 new rows is planned as nested scans.
    /// </summary>
    public static async Task RefreshStatisticsAsync<T>(OrchestratorDbContext db, CancellationToken ct)
        where T : class
    {
        if (!db.Database.IsNpgsql()) return;
        var analyze = "ANALYZE " + EntityColumns.Of<T>(db).Table;
        await db.Database.ExecuteSqlRawAsync(analyze, ct);
    }
}
