using System.Collections.Concurrent;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Workflows.Tests.Support;

public sealed class RecordingTimerScheduler : ITimerScheduler
{
    public ConcurrentBag<(Guid TimerId, DateTimeOffset DueAt)> Scheduled { get; } = [];

    public void Schedule(Guid timerId, DateTimeOffset dueAt) => Scheduled.Add((timerId, dueAt));
}
