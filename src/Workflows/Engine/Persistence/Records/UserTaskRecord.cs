namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>
/// wf_user_tasks: the inbox. <see cref="CandidateGroups"/> is stored as ",group1,group2," so a group can be
/// matched with a LIKE on any database.
/// </summary>
public sealed class UserTaskRecord : WorkflowRecord, IRevisioned
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string CandidateGroups { get; set; } = "";
    public string? Assignee { get; set; }
    public UserTaskStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? BusinessKey { get; set; }
    public string ProcessKey { get; set; } = "";
    public string? FormKey { get; set; }
    public string FormFieldsJson { get; set; } = "{}";
    public long Revision { get; set; }

    public IReadOnlyList<string> CandidateGroupList() =>
        CandidateGroups.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string JoinGroups(IEnumerable<string> groups) => $",{string.Join(',', groups)},";
}

public enum UserTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
