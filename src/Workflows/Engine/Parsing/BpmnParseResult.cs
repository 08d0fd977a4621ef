using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>The definitions read from a file (null when the file could not be read) and what was noticed.</summary>
public sealed record BpmnParseResult(BpmnDefinitions? Definitions, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool Succeeded => Definitions is not null;

    public IEnumerable<BpmnDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
