using System.Text.Json;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Outbox;

/// <summary>Hands committed timers to the <see cref="ITimerScheduler"/>.</summary>
public sealed class TimerOutboxHandler(ITimerScheduler scheduler) : IOutboxHandler
{
    public const string OutboxKind = "workflow.timer";

    public string Kind => OutboxKind;

    public Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<TimerRequest>(item.PayloadJson)
            ?? throw new InvalidOperationException($"Outbox row {item.Id} holds no timer request.");
        scheduler.Schedule(request.TimerId, request.DueAt);
        return Task.CompletedTask;
    }

    public sealed record TimerRequest(Guid TimerId, DateTimeOffset DueAt);
}
