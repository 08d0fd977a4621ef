using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Access;

/// <summary>
/// A signed-in member of staff as the inbox sees them: the candidate groups whose tasks they work on are
/// the groups whose role they hold within a unit of the group's kind.
/// </summary>
public sealed record StaffMember(string UserName, string DisplayName, Guid CompanyId, Guid? UnitId, UnitKind? UnitKind, IReadOnlySet<string> Roles)
{
    public IReadOnlyList<string> CandidateGroups { get; } =
        [.. Domain.Organization.CandidateGroups.All.Where(g => Roles.Contains(g.Role) && g.UnitKind == UnitKind).Select(g => g.Code)];

    public bool IsCandidateFor(UserTaskRecord task) => task.CandidateGroupList().Any(CandidateGroups.Contains);

    /// <summary>Whether the task is in this person's inbox: their group's, or given to them by name.</summary>
    public bool MaySee(UserTaskRecord task) => task.Assignee == UserName || IsCandidateFor(task);

    /// <summary>Open, theirs to take, and not claimed by a colleague.</summary>
    public bool MayWorkOn(UserTaskRecord task) =>
        task.Status == UserTaskStatus.Open && MaySee(task) && (task.Assignee is null || task.Assignee == UserName);
}
