using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Persistence;

/// <summary>An inbox query; null filters are ignored.</summary>
public sealed record UserTaskQuery(
    Guid? InstanceId = null,
    string? CandidateGroup = null,
    string? Assignee = null,
    UserTaskStatus? Status = UserTaskStatus.Open,
    int Take = 200);
