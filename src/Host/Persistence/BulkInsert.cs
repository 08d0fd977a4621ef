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
}
