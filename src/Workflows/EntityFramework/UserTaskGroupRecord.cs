using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// wf_user_task_groups: one row per open user task and candidate group, plus one per open task given to a
/// person by name (group <see cref="AssigneePrefix"/> + user name). Keyed by (task, group) and indexed by
/// (tenant, group, deadline, created, task), so an inbox's page is a short range of one index per group
/// whatever the number of open tasks, and a group can be matched by equality instead of a LIKE on ",a,b,".
/// Kept by <see cref="UserTaskGroupMaintenance"/> whenever a task is created, claimed, released, completed,
/// cancelled or given a new deadline. <see cref="WorkflowRecord.Id"/> is not mapped.
/// </summary>
public sealed class UserTaskGroupRecord : WorkflowRecord
{
    /// <summary>The group of the row that puts a task in its assignee's inbox.</summary>
    public const string AssigneePrefix = "user:";

    /// <summary>The sort key of a task without a deadline: after every dated one.</summary>
    public static readonly DateTimeOffset NoDeadline = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public Guid TaskId { get; set; }

    public string Group { get; set; } = "";

    /// <summary>The task's deadline, <see cref="NoDeadline"/> when it has none (keyset paging needs a value).</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string AssigneeGroup(string userName) => AssigneePrefix + userName;

    public static DateTimeOffset SortKey(DateTimeOffset? dueAt) => dueAt ?? NoDeadline;
}
