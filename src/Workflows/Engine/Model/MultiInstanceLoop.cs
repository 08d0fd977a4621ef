namespace Orchestrator.Workflows.Engine.Model;

/// <summary>
/// <c>multiInstanceLoopCharacteristics</c> with its <c>zeebe:loopCharacteristics</c>: one instance per item
/// of <paramref name="InputCollection"/>, results gathered into <paramref name="OutputCollection"/>.
/// </summary>
public sealed record MultiInstanceLoop(
    bool IsSequential,
    string? InputCollection,
    string? InputElement,
    string? OutputCollection,
    string? OutputElement,
    string? CompletionCondition);
