using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Looks at a context's tracked entries without EF Core scanning every tracked entity again on each look: changes
/// are detected at most once, before the work, and automatic detection is off while it runs.
/// </summary>
public static class DetectedChanges
{
    public static T Run<T>(DbContext db, Func<T> work, bool detectFirst = true)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        if (detecting && detectFirst) db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return work();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public static void Run(DbContext db, Action work, bool detectFirst = true) => Run(db, () => { work(); return true; }, detectFirst);

    public static async Task RunAsync(DbContext db, Func<Task> work, bool detectFirst = true)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        if (detecting && detectFirst) db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await work();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
