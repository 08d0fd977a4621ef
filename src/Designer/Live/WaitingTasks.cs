namespace Orchestrator.Designer.Live;

/// <summary>How many open user tasks wait at one element of a flow, and how many of them are past due.</summary>
public sealed record ElementLoad(string ElementId, int Waiting, int Overdue);

/// <summary>One waiting task, as listed when a manager clicks a step.</summary>
public sealed record WaitingTask(Guid TaskId, Guid InstanceId, string? BusinessKey, string? Name, int Version,
    string CandidateGroups, string? Assignee, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Overdue);
