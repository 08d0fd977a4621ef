namespace Orchestrator.Domain;

/// <summary>
/// A business rule was broken. The message is a sentence a clerk or process owner can act on;
/// <see cref="Code"/> is stable, so the Host can translate it or branch on it.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
