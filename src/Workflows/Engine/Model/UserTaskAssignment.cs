namespace Orchestrator.Workflows.Engine.Model;

/// <summary><c>zeebe:assignmentDefinition</c>: who may work on a user task.</summary>
public sealed record UserTaskAssignment(string? Assignee, IReadOnlyList<string> CandidateGroups);
