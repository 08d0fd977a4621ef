using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Access;

/// <summary>An open task with the address of the account its request is for (null without one), for filtering in SQL.</summary>
public sealed class TaskWithAddress
{
    public required UserTaskRecord Task { get; init; }

    public string? Address { get; init; }
}

/// <summary>
/// Business-office work goes to the office serving the account's area (each office's districts are set on the
/// unit): a business-office member works on such a task only when their office serves the address, or when no
/// office of the company serves it (then every office sees it, so the work still reaches a person).
/// </summary>
public sealed class OfficeAreas(OrchestratorDbContext db)
{
    private static readonly Expression<Func<TaskWithAddress, bool>> Everything = _ => true;
    private static readonly string[] OfficeGroups = [CandidateGroups.BusinessOffice, CandidateGroups.BusinessOfficeManager];

    public static bool IsOfficeTask(UserTaskRecord task) => task.CandidateGroupList().Any(OfficeGroups.Contains);

    public static bool Serves(StaffMember staff, CompanyTask place) =>
        staff.UnitKind != UnitKind.BusinessOffice || !IsOfficeTask(place.Task)
        || place.ServingOffices.Count == 0 || staff.UnitId is { } unit && place.ServingOffices.Contains(unit);

    /// <summary>The business offices of the company serving <paramref name="address"/>; empty when none does.</summary>
    public async Task<IReadOnlySet<Guid>> ServingAsync(string address, CancellationToken cancellationToken) =>
        (await OfficesAsync(cancellationToken)).Where(o => o.Serves(address)).Select(o => o.Id).ToHashSet();

    /// <summary>
    /// A predicate hiding from a business-office member the office tasks of areas only other offices serve.
    /// Everyone else, and tasks assigned to the member by name, pass.
    /// </summary>
    public async Task<Expression<Func<TaskWithAddress, bool>>> VisibleToAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        if (staff.UnitKind != UnitKind.BusinessOffice) return Everything;
        var offices = await OfficesAsync(cancellationToken);
        var mine = offices.Where(o => o.Id == staff.UnitId).SelectMany(o => o.AreaList()).ToHashSet();
        var foreign = offices.Where(o => o.Id != staff.UnitId).SelectMany(o => o.AreaList()).Where(a => !mine.Contains(a)).Distinct().ToList();
        if (foreign.Count == 0) return Everything;

        var row = Expression.Parameter(typeof(TaskWithAddress), "row");
        var task = Expression.Property(row, nameof(TaskWithAddress.Task));
        var address = Expression.Property(row, nameof(TaskWithAddress.Address));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var groups = Expression.Property(task, nameof(UserTaskRecord.CandidateGroups));
        Expression officeTask = Expression.Constant(false);
        foreach (var group in OfficeGroups)
            officeTask = Expression.OrElse(officeTask, Expression.Call(groups, contains, Expression.Constant($",{group},")));
        Expression foreignArea = Expression.Constant(false);
        foreach (var area in foreign)
            foreignArea = Expression.OrElse(foreignArea, Expression.Call(address, startsWith, Expression.Constant(area)));
        var hidden = Expression.AndAlso(
            Expression.AndAlso(officeTask, Expression.NotEqual(Expression.Property(task, nameof(UserTaskRecord.Assignee)), Expression.Constant(staff.UserName))),
            Expression.AndAlso(Expression.NotEqual(address, Expression.Constant(null, typeof(string))), foreignArea));
        return Expression.Lambda<Func<TaskWithAddress, bool>>(Expression.Not(hidden), row);
    }

    /// <summary><paramref name="tasks"/> without the office tasks of areas only other offices serve (see <see cref="VisibleToAsync"/>).</summary>
    public async Task<IQueryable<UserTaskRecord>> FilterAsync(IQueryable<UserTaskRecord> tasks, StaffMember staff, CancellationToken cancellationToken)
    {
        if (staff.UnitKind != UnitKind.BusinessOffice) return tasks;
        var visible = await VisibleToAsync(staff, cancellationToken);
        if (ReferenceEquals(visible, Everything)) return tasks; // no area only another office serves: nothing to hide, no join
        return (
                from task in tasks
                join request in db.ServiceRequests on task.BusinessKey equals request.Number into requests
                from request in requests.DefaultIfEmpty()
                join account in db.Accounts on request.AccountId equals (Guid?)account.Id into accounts
                from account in accounts.DefaultIfEmpty()
                select new TaskWithAddress { Task = task, Address = account == null ? null : account.Address })
            .Where(visible)
            .Select(row => row.Task);
    }

    private async Task<List<Unit>> OfficesAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.BusinessOffice && u.ServedAreas != "").ToListAsync(cancellationToken);
}
