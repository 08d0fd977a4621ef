using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// Users, their roles and unit, within the administrator's own company only: users carry a nullable
/// company, which the automatic filter does not cover, so every query here names it. Administrators only; the list is
/// read a page at a time in SQL on the (company, user name) index, with the page's units and roles only.
/// </summary>
public sealed class UserAdministration(OrchestratorDbContext db, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>
    /// The company's users after <paramref name="after"/> (a user name) in user-name order, optionally only those whose
    /// user name or display name starts with <paramref name="search"/>: two commands (the page with its units, its roles).
    /// </summary>
    public async Task<StaffAccountPage> PageAsync(
        StaffMember caller, string? search = null, string? after = null, int size = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return new StaffAccountPage([], null, l["Refusal_AdministratorOnly"]);
        size = Math.Clamp(size, 1, MaxPageSize);
        var people = db.Users.AsNoTracking().Where(u => u.CompanyId == caller.CompanyId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var prefix = search.Trim();
            var normalized = prefix.ToUpperInvariant(); // as Identity normalizes user names: the search ignores case on both databases
            people = people.Where(u => u.NormalizedUserName!.StartsWith(normalized) || u.DisplayName.StartsWith(prefix));
        }
        if (after is not null) people = people.Where(u => string.Compare(u.UserName, after) > 0);
        var rows = await (
                from person in people.OrderBy(u => u.UserName).Take(size + 1)
                join unit in db.Units.AsNoTracking() on person.UnitId equals unit.Id into units
                from unit in units.DefaultIfEmpty()
                orderby person.UserName
                select new { person.Id, person.UserName, person.DisplayName, person.UnitId, UnitName = unit == null ? null : unit.Name, person.IsDisabled, person.MustChangePassword })
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var roles = ids.Count == 0 ? [] : await (
                from link in db.UserRoles.AsNoTracking()
                where ids.Contains(link.UserId)
                join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var accounts = page.Select(p => new StaffAccount(p.Id, p.UserName ?? "", p.DisplayName, p.UnitId, p.UnitName,
            [.. roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).Order()], p.IsDisabled, p.MustChangePassword)).ToList();
        return new StaffAccountPage(accounts, rows.Count > size ? page[^1].UserName : null);
    }

    public async Task<AdminResult> CreateAsync(StaffMember caller, NewStaffAccount account, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return AdminResult.Failed(l["Refusal_AdministratorOnly"]);
        if (await UnitProblemAsync(account.UnitId, cancellationToken) is { } problem) return AdminResult.Failed(problem);
        var user = new ApplicationUser { UserName = account.UserName.Trim(), DisplayName = account.DisplayName.Trim(), CompanyId = caller.CompanyId, UnitId = account.UnitId };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) return Failed(created);
        return await SetRolesAsync(user, account.Roles);
    }

    public async Task<AdminResult> UpdateAsync(StaffMember caller, string userId, Guid? unitId, IReadOnlyList<string> roles, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return AdminResult.Failed(l["Refusal_AdministratorOnly"]);
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.CompanyId != caller.CompanyId) return AdminResult.Failed(l["Refusal_NoSuchUser"]);
        if (await UnitProblemAsync(unitId, cancellationToken) is { } problem) return AdminResult.Failed(problem);
        user.UnitId = unitId;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? await SetRolesAsync(user, roles) : Failed(updated);
    }

    private async Task<string?> UnitProblemAsync(Guid? unitId, CancellationToken cancellationToken) =>
        unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id, cancellationToken) ? l["Refusal_UnitNotYours"].Value : null;

    private async Task<AdminResult> SetRolesAsync(ApplicationUser user, IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => RoleCatalog.Find(r) is null).ToList();
        if (unknown.Count > 0) return AdminResult.Failed(l["Refusal_UnknownRoles", string.Join(", ", unknown)]);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded) return Failed(removed);
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        return added.Succeeded ? AdminResult.Ok : Failed(added);
    }

    private static AdminResult Failed(IdentityResult result) => new([.. result.Errors.Select(e => e.Description)]);
}
