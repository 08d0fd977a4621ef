using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Admin;

/// <summary>An administrator configures which districts a business office serves; nobody else, and never another company's office.</summary>
public abstract class SetOfficeAreasTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task The_administrator_sets_an_offices_districts_and_others_cannot()
    {
        var (west, design) = await host.InScopeAsync(async s =>
        {
            var units = await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
                .Where(u => u.CompanyId == host.CompanyId).ToListAsync();
            return (units.Single(u => u.Code == "bo-west").Id, units.Single(u => u.Code == "design").Id);
        });

        var clerk = await people.AsPageAsync("clerk", (op, staff) => op.Get<SetOfficeAreas>().RunAsync(staff, west, "城西区"));
        var otherCompany = await people.AsPageAsync("dz-admin", (op, staff) => op.Get<SetOfficeAreas>().RunAsync(staff, west, "城西区"));
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        var notAnOffice = await people.AsPageAsync("admin", (op, staff) => op.Get<SetOfficeAreas>().RunAsync(staff, design, "城西区"));
        var admin = await people.AsPageAsync("admin", (op, staff) => op.Get<SetOfficeAreas>().RunAsync(staff, west, "城西区、滨河区，新城区"));

        Assert.Equal(OutcomeKind.Forbidden, clerk.Kind);
        Assert.Equal(OutcomeKind.NotFound, otherCompany.Kind);
        Assert.Equal(OutcomeKind.Invalid, notAnOffice.Kind);
        Assert.StartsWith("只有营业所负责片区；", notAnOffice.Problems!["areas"]);
        Assert.Equal(OutcomeKind.Done, admin.Kind);
        var areas = await host.InScopeAsync(async s =>
            (await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters().SingleAsync(u => u.Id == west)).AreaList());
        Assert.Equal(["城西区", "滨河区", "新城区"], areas);
    }
}

public sealed class SetOfficeAreasSqliteTests(SqliteScenarioHost host) : SetOfficeAreasTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class SetOfficeAreasPostgresTests(PostgresScenarioHost host) : SetOfficeAreasTests(host), IClassFixture<PostgresScenarioHost>;
