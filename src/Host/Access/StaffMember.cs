using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Access;

/// <summary>
/// The caller of a command or query: a member of staff of one company, in one unit, with roles. The
/// candidate groups whose tasks they work on are the groups whose role they hold within a unit of the
/// group's kind; a business office also serves only its own areas.
/// </summary>
public sealed record StaffMember(
    string UserName, string DisplayName, Guid CompanyId, Guid? UnitId, UnitKind? UnitKind, IReadOnlySet<string> Roles)
{
    /// <summary>Districts the caller's business office serves; empty for other units.</summary>
    public IReadOnlyList<string> ServedAreas { get; init; } = [];

    public IReadOnlyList<string> CandidateGroups { get; } =
        [.. Domain.Organization.CandidateGroups.All.Where(g => Roles.Contains(g.Role) && g.UnitKind == UnitKind).Select(g => g.Code)];

    public bool IsAdministrator => Roles.Contains(Organization.Administrator);

    /// <summary>Managers may read the queues of every unit of their company (never another company's).</summary>
    public bool IsManager => Organization.Managers.Any(Roles.Contains);

    public bool IsIntegration => Roles.Contains(Organization.Integration);

    public bool IsCandidateFor(UserTaskRecord task) => task.CandidateGroupList().Any(CandidateGroups.Contains);

    /// <summary>Whether the task is in this person's inbox: their group's, or given to them by name.</summary>
    public bool MaySee(UserTaskRecord task) => task.Assignee == UserName || IsCandidateFor(task);

    /// <summary>Open, theirs to take, and not claimed by a colleague.</summary>
    public bool MayWorkOn(UserTaskRecord task) =>
        task.Status == UserTaskStatus.Open && MaySee(task) && (task.Assignee is null || task.Assignee == UserName);

    private static class Organization
    {
        public const string Administrator = Domain.Organization.Roles.Administrator;
        public const string Integration = Domain.Organization.Roles.Integration;

        public static readonly string[] Managers =
        [
            Domain.Organization.Roles.DutyManager, Domain.Organization.Roles.BusinessOfficeManager,
            Domain.Organization.Roles.Leader, Domain.Organization.Roles.VicePresident,
        ];
    }
}
