using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Keeps <see cref="CommittedRows"/> and the latest-version cache of <see cref="DefinitionRecordCache"/> in step with
/// every save of the context, the engine's and anyone else's: the tasks and instances a save writes are remembered
/// once it has committed (forgotten when it fails), a deployed key's latest version is forgotten. A save inside a
/// caller's transaction is not committed when it returns, so its rows are forgotten rather than remembered.
/// </summary>
public sealed class CommittedRowTracking(CommittedRows rows, DefinitionRecordCache definitions) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    private sealed record Pending(List<WorkflowRecord> Rows, bool InCallersTransaction);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context, committed: true);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, committed: true);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Settle(eventData.Context, committed: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is null) return;
        var written = new List<WorkflowRecord>();
        // UserTaskGroupMaintenance, registered before this, has just detected the changes: no second scan.
        DetectedChanges.Run(db, () => Collect(db, written), detectFirst: false);
        _pending.AddOrUpdate(db, new Pending(written, db.Database.CurrentTransaction is not null));
    }

    private void Collect(DbContext db, List<WorkflowRecord> written)
    {
        foreach (var entry in db.ChangeTracker.Entries<WorkflowRecord>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case UserTaskRecord or WorkflowInstanceRecord:
                    rows.Forget(entry.Entity);
                    if (entry.State != EntityState.Deleted) written.Add(entry.Entity);
                    break;
                case WorkflowDefinitionRecord definition:
                    definitions.ForgetLatest(definition.Key);
                    written.Add(definition);
                    break;
            }
        }
    }

    private void Settle(DbContext? db, bool committed)
    {
        if (db is null || !_pending.TryGetValue(db, out var pending)) return;
        _pending.Remove(db);
        foreach (var row in pending.Rows)
        {
            if (row is WorkflowDefinitionRecord definition) definitions.ForgetLatest(definition.Key);
            else if (committed && !pending.InCallersTransaction) rows.Saved(row);
            else rows.Forget(row);
        }
    }
}
