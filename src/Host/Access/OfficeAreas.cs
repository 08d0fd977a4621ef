using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Persistence.Configurations;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Access;

/// <summary>
/// Business-office work goes to the office serving the account's area (each office's districts are set on the
/// unit): a business-office member works on such a task only when their office serves the address, or when no
/// office of the company serves it (then every office sees it, so the work still reaches a person). Lists read
/// it from the district stamped on the task-group rows (<see cref="OfficeAreaStamp"/>): an office reads the
/// index ranges of its own districts and of "no district", never another office's rows.
/// </summary>
public sealed class OfficeAreas(OrchestratorDbContext db)
{
    /// <summary>The district of a task-group row no office serves (or of work that is not an office's).</summary>
    public const string NoArea = "";

    public static readonly string[] OfficeGroups = [CandidateGroups.BusinessOffice, CandidateGroups.BusinessOfficeManager];

    public static bool IsOfficeTask(UserTaskRecord task) => task.CandidateGroupList().Any(OfficeGroups.Contains);

    public static bool Serves(StaffMember staff, CompanyTask place) =>
        staff.UnitKind != UnitKind.BusinessOffice || !IsOfficeTask(place.Task)
        || place.ServingOffices.Count == 0 || staff.UnitId is { } unit && place.ServingOffices.Contains(unit);

    /// <summary>The served district <paramref name="address"/> lies in (the longest that it starts with), <see cref="NoArea"/> for none.</summary>
    public static string AreaOf(string? address, IEnumerable<string> districts) =>
        address is null ? NoArea : districts.Where(d => address.StartsWith(d, StringComparison.Ordinal)).MaxBy(d => d.Length) ?? NoArea;

    /// <summary>
    /// The business offices of the company serving <paramref name="address"/>: those holding the district the stamp
    /// gives it (<see cref="AreaOf"/>, the longest served district it starts with), so acting on a task by id follows
    /// the same rule as the lists; empty when no office serves it.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ServingAsync(string address, CancellationToken cancellationToken)
    {
        var offices = await OfficesAsync(cancellationToken);
        var area = AreaOf(address, offices.SelectMany(o => o.AreaList()));
        return area == NoArea ? new HashSet<Guid>() : offices.Where(o => o.AreaList().Contains(area)).Select(o => o.Id).ToHashSet();
    }

    /// <summary>
    /// The districts whose office work <paramref name="staff"/> sees: their office's and <see cref="NoArea"/>;
    /// null for everyone who is not in a business office (no area restriction).
    /// </summary>
    public async Task<IReadOnlyList<string>?> VisibleAreasAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        if (staff.UnitKind != UnitKind.BusinessOffice) return null;
        var served = staff.UnitId is { } unit
            ? await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => u.ServedAreas).SingleOrDefaultAsync(cancellationToken)
            : null;
        return [NoArea, .. (served ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// Re-stamps the district of every open office task of the company after an office's districts changed:
    /// one set-based update per district, shortest first, so the longest district an address starts with wins.
    /// </summary>
    public async Task RestampAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var districts = (await OfficesAsync(cancellationToken)).Where(o => o.CompanyId == companyId)
            .SelectMany(o => o.AreaList()).Distinct().OrderBy(d => d.Length).ToList();
        var rows = db.Set<UserTaskGroupRecord>().IgnoreQueryFilters().Where(r => r.TenantId == companyId && OfficeGroups.Contains(r.Group));
        await rows.ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string>(r, OfficeAreaIndexConfiguration.Area), NoArea), cancellationToken);
        foreach (var district in districts)
        {
            var addresses =
                from task in db.Set<UserTaskRecord>().IgnoreQueryFilters()
                join request in db.ServiceRequests.IgnoreQueryFilters() on task.BusinessKey equals request.Number
                join account in db.Accounts.IgnoreQueryFilters() on request.AccountId equals (Guid?)account.Id
                where request.CompanyId == companyId && account.Address.StartsWith(district)
                select task.Id;
            await rows.Where(r => addresses.Contains(r.TaskId))
                .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string>(r, OfficeAreaIndexConfiguration.Area), district), cancellationToken);
        }
    }

    private async Task<List<Unit>> OfficesAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.BusinessOffice && u.ServedAreas != "").ToListAsync(cancellationToken);
}
