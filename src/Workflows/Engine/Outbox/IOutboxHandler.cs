using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Outbox;

/// <summary>Sends outbox rows of one <see cref="Kind"/> (a timer to schedule, an email to send, ...).</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken);
}
