namespace Orchestrator.Domain.Organization;

/// <summary>A code a BPMN user task names in candidateGroups, and whose inbox it lands in.</summary>
public sealed record CandidateGroup(string Code, UnitKind UnitKind, string Role);
