using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Outbox;

/// <summary>
/// Sends outbox rows to their handlers. A step stages the rows it writes and, once it has committed, dispatches
/// exactly those: no query after a step, and none at all after a step that wrote no row. Whatever is left (a
/// crash between commit and dispatch, a handler that failed) is picked up by <see cref="DispatchPendingAsync"/>,
/// which a background sweep calls, a page at a time, oldest first. Each row is marked dispatched as soon as it
/// is handled; a row that fails <see cref="WorkflowEngineOptions.OutboxMaxAttempts"/> times is parked as a dead
/// letter, so it no longer holds up the rows behind it, until an administrator retries it.
/// </summary>
public sealed class OutboxDispatcher(IWorkflowStore store, IEnumerable<IOutboxHandler> handlers, TimeProvider clock, WorkflowEngineOptions options)
{
    private Dictionary<string, IOutboxHandler>? _handlers;
    private readonly List<OutboxRecord> _staged = [];

    /// <summary>Adds the row to the step's changes and remembers it for dispatch after the commit.</summary>
    public void Stage(OutboxRecord record)
    {
        store.Add(record);
        _staged.Add(record);
    }

    /// <summary>Forgets staged rows of a step that did not commit.</summary>
    public void DiscardStaged() => _staged.Clear();

    /// <summary>Dispatches the rows the committed step staged; returns how many went out.</summary>
    public async Task<int> DispatchStagedAsync(CancellationToken cancellationToken = default)
    {
        if (_staged.Count == 0)
            return 0;
        var rows = _staged.ToList();
        _staged.Clear();
        return await DispatchAsync(rows, cancellationToken);
    }

    /// <summary>
    /// Dispatches one page of rows that are still waiting and older than <paramref name="minimumAge"/> (so a
    /// sweep leaves alone the rows a step is about to dispatch itself); returns how many went out.
    /// </summary>
    public async Task<int> DispatchPendingAsync(TimeSpan minimumAge = default, CancellationToken cancellationToken = default)
    {
        var page = await store.UndispatchedOutboxAsync(options.OutboxSweepPageSize, clock.GetUtcNow() - minimumAge, cancellationToken);
        return await DispatchAsync(page, cancellationToken);
    }

    private async Task<int> DispatchAsync(IReadOnlyList<OutboxRecord> rows, CancellationToken cancellationToken)
    {
        var dispatched = 0;
        foreach (var item in rows)
        {
            item.Attempts++;
            try
            {
                _handlers ??= handlers.ToDictionary(h => h.Kind); // built on first dispatch: most steps stage no row
                if (!_handlers.TryGetValue(item.Kind, out var handler))
                    throw new InvalidOperationException($"No outbox handler is registered for kind '{item.Kind}'.");
                await handler.HandleAsync(item, cancellationToken);
                item.DispatchedAt = clock.GetUtcNow();
                item.LastError = null;
                dispatched++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                item.LastError = ex.Message;
                if (item.Attempts >= options.OutboxMaxAttempts)
                    item.ParkedAt = clock.GetUtcNow();
            }
            store.Update(item);
            await store.SaveChangesAsync(cancellationToken);
        }
        return dispatched;
    }
}
