using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// Sends the outbox rows that no step sent: left by a crash between commit and dispatch, or failed and due
/// for another try. Pages of the oldest rows, each page in a scope of its own, until a page sends nothing or
/// the round's limit is reached. Rows younger than <see cref="MinimumAge"/> are left to the step that wrote them.
/// </summary>
public sealed class OutboxSweep(IServiceScopeFactory scopes, ILogger<OutboxSweep> logger)
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(30);
    private const int PagesPerRound = 20;

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var page = 0; page < PagesPerRound; page++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatched = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(MinimumAge, cancellationToken);
            if (dispatched == 0) break;
            sent += dispatched;
        }
        if (sent > 0) logger.LogInformation("Outbox sweep sent {Rows} row(s) no step had sent", sent);
        return sent;
    }
}
