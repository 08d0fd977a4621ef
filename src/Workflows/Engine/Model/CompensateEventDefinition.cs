namespace Orchestrator.Workflows.Engine.Model;

/// <summary>
/// A <c>compensateEventDefinition</c>. On a boundary event it marks the activity compensable (its handler is
/// the <c>isForCompensation</c> activity associated with it); on a throw event it compensates
/// <paramref name="ActivityRef"/>, or every completed compensable activity of the scope when null.
/// </summary>
public sealed record CompensateEventDefinition(string? ActivityRef) : EventDefinition("compensate");
