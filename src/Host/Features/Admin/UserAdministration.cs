using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// Users, their roles and unit, within the administrator's own company only: users carry a nullable
/// company, which the automatic filter does not cover, so every query here names it.
/// </summary>
public sealed class UserAdministration(OrchestratorDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var people = await db.Users.AsNoTracking().Where(u => u.CompanyId == companyId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var roles = await (
                from link in db.UserRoles.AsNoTracking()
                where ids.Contains(link.UserId)
                join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new StaffAccount(p.Id, p.UserName ?? "", p.DisplayName, p.UnitId,
            p.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
            [.. roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).Order()], p.IsDisabled, p.MustChangePassword))];
    }

    public async Task<AdminResult> CreateAsync(Guid companyId, NewStaffAccount account, CancellationToken cancellationToken = default)
    {
        if (await UnitProblemAsync(account.UnitId, cancellationToken) is { } problem) return AdminResult.Failed(problem);
        var user = new ApplicationUser { UserName = account.UserName.Trim(), DisplayName = account.DisplayName.Trim(), CompanyId = companyId, UnitId = account.UnitId };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) return Failed(created);
        return await SetRolesAsync(user, account.Roles);
    }

    public async Task<AdminResult> UpdateAsync(Guid companyId, string userId, Guid? unitId, IReadOnlyList<string> roles, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.CompanyId != companyId) return AdminResult.Failed("There is no such user in your company.");
        if (await UnitProblemAsync(unitId, cancellationToken) is { } problem) return AdminResult.Failed(problem);
        user.UnitId = unitId;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? await SetRolesAsync(user, roles) : Failed(updated);
    }

    private async Task<string?> UnitProblemAsync(Guid? unitId, CancellationToken cancellationToken) =>
        unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id, cancellationToken) ? "That unit is not one of your company's." : null;

    private async Task<AdminResult> SetRolesAsync(ApplicationUser user, IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => RoleCatalog.Find(r) is null).ToList();
        if (unknown.Count > 0) return AdminResult.Failed($"Unknown roles: {string.Join(", ", unknown)}.");
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded) return Failed(removed);
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        return added.Succeeded ? AdminResult.Ok : Failed(added);
    }

    private static AdminResult Failed(IdentityResult result) => new([.. result.Errors.Select(e => e.Description)]);
}
