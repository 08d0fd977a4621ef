using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// A snapshot of every tracked entity's state and values (deep copies, through each property's value
/// comparer, so lists changed in place are restored too). Reverting puts the snapshot back and forgets
/// the entities first tracked after it: rows added are dropped, rows loaded and changed are reloaded clean.
/// </summary>
internal sealed class EfChangeCheckpoint : IStoreCheckpoint
{
    private readonly DbContext db;
    private readonly Dictionary<object, (EntityState State, Dictionary<string, object?> Values)> snapshot =
        new(ReferenceEqualityComparer.Instance);

    public EfChangeCheckpoint(DbContext db)
    {
        this.db = db;
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
            snapshot[entry.Entity] = (entry.State, entry.Properties.ToDictionary(p => p.Metadata.Name, Copy));
    }

    public void Revert()
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (!snapshot.TryGetValue(entry.Entity, out var before))
            {
                if (entry.State == EntityState.Added) entry.State = EntityState.Detached;
                else if (entry.State != EntityState.Unchanged) Restore(entry, entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue), EntityState.Unchanged);
                continue;
            }
            Restore(entry, before.Values, before.State);
        }
    }

    private static void Restore(EntityEntry entry, Dictionary<string, object?> values, EntityState state)
    {
        foreach (var property in entry.Properties) property.CurrentValue = values[property.Metadata.Name];
        entry.State = state;
    }

    private static object? Copy(PropertyEntry property) =>
        property.CurrentValue is { } value ? property.Metadata.GetValueComparer().Snapshot(value) : null;
}
