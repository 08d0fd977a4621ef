using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Setup;

/// <summary>
/// The first start of an empty installation: the group, its first company with the standard units, and the
/// company's administrator, all in one transaction. Refused once any administrator exists, so it can never be
/// used to take over a running installation.
/// </summary>
public sealed class FirstStart(OrchestratorDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<IReadOnlyList<string>> RunAsync(FirstStartRequest request, string password, CancellationToken cancellationToken = default)
    {
        if (await AdministratorExistsAsync(cancellationToken))
            return ["An administrator already exists; setup only prepares an empty installation. Use the admin pages to add users."];
        if (await db.Groups.AnyAsync(cancellationToken))
            return ["The database already holds a group (demo data?); setup only prepares an empty installation."];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        WaterCompany company;
        Dictionary<string, Unit> units;
        try
        {
            var group = Group.Create(request.GroupCode, request.GroupName);
            company = WaterCompany.Create(group.Id, request.CompanyCode, request.CompanyName);
            units = StandardUnits.All.ToDictionary(u => u.Code, u => Unit.Create(company.Id, u.Code, u.Name, u.Kind));
            db.Groups.Add(group);
            db.Companies.Add(company);
            db.Units.AddRange(units.Values);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            return [e.Message];
        }

        var admin = new ApplicationUser
        {
            UserName = request.AdminUserName.Trim(),
            DisplayName = "系统管理员",
            CompanyId = company.Id,
            UnitId = units[StandardUnits.AdministrationCode].Id,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded) return [.. created.Errors.Select(e => e.Description)];
        var role = await users.AddToRoleAsync(admin, Roles.Administrator);
        if (!role.Succeeded) return [.. role.Errors.Select(e => e.Description)];
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    private async Task<bool> AdministratorExistsAsync(CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0;
}
