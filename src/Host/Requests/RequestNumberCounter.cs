using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Requests;

/// <summary>
/// request_number_counters: the last daily sequence given out per number prefix (type and China date), for
/// the whole group. Taking a number increments the row inside the intake's transaction, so simultaneous
/// intakes queue on the row instead of colliding, and a failed intake gives its number back: no gaps, no retries.
/// </summary>
public sealed class RequestNumberCounter
{
    public string Prefix { get; set; } = "";
    public int Last { get; set; }

    /// <summary>The next sequence for <paramref name="type"/> on the China date of <paramref name="now"/>; call inside a transaction.</summary>
    public static async Task<int> TakeNextAsync(OrchestratorDbContext db, ServiceRequestType type, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = RequestNumbers.Compose(type, ChinaTime.DateOf(now), 1)[..^5];
        var taken = await db.Database.SqlQuery<int>($"""
            INSERT INTO request_number_counters ("Prefix", "Last") VALUES ({prefix}, 1)
            ON CONFLICT ("Prefix") DO UPDATE SET "Last" = request_number_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return taken.Single();
    }
}
