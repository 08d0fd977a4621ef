namespace Orchestrator.Workflows.Engine.Model;

/// <summary><c>zeebe:ioMapping</c>: inputs evaluated on entry, outputs evaluated on completion.</summary>
public sealed record IoMapping(IReadOnlyList<VariableMapping> Inputs, IReadOnlyList<VariableMapping> Outputs)
{
    public static IoMapping None { get; } = new([], []);
}

/// <summary>One <c>zeebe:input</c> or <c>zeebe:output</c>. A source starting with "=" is an expression.</summary>
public sealed record VariableMapping(string Source, string Target);
