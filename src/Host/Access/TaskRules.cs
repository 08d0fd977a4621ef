using Microsoft.Extensions.Localization;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Access;

/// <summary>
/// Who may see and who may work on a task of their company. Seeing: the task's candidates and its assignee;
/// managers (other units' queues) and administrators (to reassign or cancel). Working — claim, release,
/// complete, approve — only the candidates (in a business office: the office serving the account's area)
/// or the person it is assigned to; an administrator never works on someone's behalf.
/// </summary>
public sealed class TaskRules(IStringLocalizer<SharedResource> l)
{
    public bool MaySee(StaffMember staff, CompanyTask place) =>
        IsCandidate(staff, place) || place.Task.Assignee == staff.UserName || staff.IsManager || staff.IsAdministrator;

    /// <summary>The candidate groups' members, narrowed to the office that serves the request's area.</summary>
    public static bool IsCandidate(StaffMember staff, CompanyTask place) =>
        staff.IsCandidateFor(place.Task) && OfficeAreas.Serves(staff, place);

    /// <summary>Null when <paramref name="staff"/> may claim or complete the task now, else the refusal.</summary>
    public CommandOutcome? RefuseWork(StaffMember staff, CompanyTask? place)
    {
        if (place is null || !MaySee(staff, place)) return CommandOutcome.NotFound(l["Refusal_TaskNotFound"]);
        var task = place.Task;
        if (task.Status != UserTaskStatus.Open) return CommandOutcome.Conflict(l["Refusal_TaskClosed"]);
        if (task.Assignee is { } holder && holder != staff.UserName) return CommandOutcome.Conflict(l["Refusal_ClaimedBy", holder]);
        if (task.Assignee == staff.UserName || IsCandidate(staff, place)) return null;
        return CommandOutcome.Forbidden(staff.IsAdministrator ? l["Refusal_AdministratorNeverCompletes"] : l["Refusal_NotCandidate"]);
    }

    public CommandOutcome NotFound() => CommandOutcome.NotFound(l["Refusal_TaskNotFound"]);

    /// <summary>
    /// Why <paramref name="staff"/> lost a race for the task (the engine refused: someone else claimed, completed or
    /// changed it first), said from the task as it is <paramref name="now"/>: who holds it, or that it is closed.
    /// </summary>
    public CommandOutcome Lost(StaffMember staff, CompanyTask? now) =>
        now is not null && now.Task.Status != UserTaskStatus.Open ? CommandOutcome.Conflict(l["Refusal_TaskClosed"])
        : now?.Task.Assignee is { } holder && holder != staff.UserName ? CommandOutcome.Conflict(l["Refusal_ClaimedBy", holder])
        : CommandOutcome.Conflict(l["Problem_concurrency.conflict"]);
}
