using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Outbox;

/// <summary>
/// Dispatches undispatched outbox rows to their handlers after commit and marks each one dispatched as soon
/// as it is handled, so a crash before dispatch means the row goes out on the next call, and a handled row
/// never goes out twice from here. A failing row keeps its error and is tried again next time.
/// </summary>
public sealed class OutboxDispatcher(IWorkflowStore store, IEnumerable<IOutboxHandler> handlers, TimeProvider clock)
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    /// <summary>Returns how many rows were dispatched.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var dispatched = 0;
        foreach (var item in await store.UndispatchedOutboxAsync(100, cancellationToken))
        {
            item.Attempts++;
            try
            {
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
            }
            store.Update(item);
            await store.SaveChangesAsync(cancellationToken);
        }
        return dispatched;
    }
}
