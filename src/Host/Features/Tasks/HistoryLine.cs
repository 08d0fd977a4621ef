namespace Orchestrator.Host.Features.Tasks;

public enum HistorySource
{
    /// <summary>The request's own timeline, as customers see it.</summary>
    Request,

    /// <summary>What the engine recorded, element by element.</summary>
    Process,
}

public sealed record HistoryLine(DateTimeOffset At, HistorySource Source, string? Actor, string Text);
