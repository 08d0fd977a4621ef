using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>What a rule checks: one executable process, its file, and the catalogs of known names.</summary>
public sealed record ValidationContext(
    BpmnDefinitions Definitions,
    ProcessDefinition Process,
    IReadOnlyList<BpmnDiagnostic> ParseDiagnostics,
    IActivityCatalog Activities,
    ICandidateGroupCatalog CandidateGroups)
{
    public IEnumerable<FlowNode> Nodes => Process.Content.AllNodes();

    /// <summary>The process's own container and those of its sub-processes.</summary>
    public IEnumerable<FlowContainer> Containers =>
        new[] { Process.Content }.Concat(Nodes.OfType<SubProcessNode>().Select(s => s.Content));
}
