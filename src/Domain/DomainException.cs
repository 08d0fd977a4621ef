namespace Orchestrator.Domain;

/// <summary>
/// A business rule was broken. The message is a sentence a clerk or process owner can act on;
/// <see cref="Code"/> is stable, so the Host can translate it or branch on it.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>
    /// Which sentence this is, when one <see cref="Code"/> has several (e.g. the reading is below the last one,
    /// or has too many decimals); the Host translates <c>Problem_{TextKey ?? Code}</c>.
    /// </summary>
    public string? TextKey { get; init; }

    /// <summary>The values the sentence names (numbers, dates, meter numbers), in the order the translation uses them.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];
}
