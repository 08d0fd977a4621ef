using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Demo;

/// <summary>
/// Seeds one group, two companies with their units and users, and demo customers with accounts, meters,
/// a year of readings billed by bill runs (some in arrears), payments and deposits — once, into a database that has no group yet.
/// </summary>
public sealed class DemoDataSeeder(
    OrchestratorDbContext db,
    UserManager<ApplicationUser> users,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Seed || await db.Groups.AnyAsync(cancellationToken)) return;

        var group = Group.Create(DemoOrganization.GroupCode, DemoOrganization.GroupName);
        db.Groups.Add(group);
        var random = new Random(2026);
        var customers = new DemoCustomers(db, random, clock);
        foreach (var spec in DemoOrganization.Companies)
        {
            var company = WaterCompany.Create(group.Id, spec.Code, spec.Name);
            db.Companies.Add(company);
            var units = spec.Units.ToDictionary(u => u.Code, u => Unit.Create(company.Id, u.Code, u.Name, u.Kind));
            foreach (var u in spec.Units) units[u.Code].Serve(u.Areas);
            db.Units.AddRange(units.Values);
            db.Tariffs.AddRange(DemoTariffs.BeijingResidentialLines(company.Id), DemoTariffs.BeijingNonResidential(company.Id));
            await db.SaveChangesAsync(cancellationToken);
            await CreateUsersAsync(spec, company, units);
            var count = Math.Max(1, options.Value.Customers * spec.CustomerShare / 10);
            var meters = await customers.CreateAsync(company.Id, count, cancellationToken);
            await new DemoBilling(db, random, clock).RunAsync(company.Id, meters, cancellationToken);
            logger.LogInformation("Demo company {Company}: {Units} units, {Users} users, {Customers} customers",
                spec.Name, units.Count, spec.Users.Length, count);
        }
    }

    private async Task CreateUsersAsync(DemoOrganization.CompanySpec spec, WaterCompany company, Dictionary<string, Unit> units)
    {
        foreach (var u in spec.Users)
        {
            var user = new ApplicationUser
            {
                UserName = u.UserName,
                DisplayName = u.DisplayName,
                CompanyId = company.Id,
                UnitId = units[u.UnitCode].Id,
                EmailConfirmed = true,
                Email = $"{u.UserName}@{spec.Code}.demo.water",
            };
            Check(await users.CreateAsync(user, DemoOptions.Password), u.UserName);
            Check(await users.AddToRolesAsync(user, u.Roles), u.UserName);
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
