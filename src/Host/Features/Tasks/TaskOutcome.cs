namespace Orchestrator.Host.Features.Tasks;

public enum TaskOutcomeKind
{
    Done,

    /// <summary>Someone else completed, claimed or cancelled it first.</summary>
    Conflict,
    Refused,
    Invalid,
}

/// <summary>What happened to a claim, release or completion; <see cref="Message"/> is the engine's sentence on a conflict.</summary>
public sealed record TaskOutcome(TaskOutcomeKind Kind, string? Message = null, FormValidation? Validation = null)
{
    public static readonly TaskOutcome Done = new(TaskOutcomeKind.Done);
    public static readonly TaskOutcome Refused = new(TaskOutcomeKind.Refused);
}
