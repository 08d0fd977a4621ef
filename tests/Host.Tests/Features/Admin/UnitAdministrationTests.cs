using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Admin;

/// <summary>A new unit: administrators only, a code not yet used in the company, and every refusal in the reader's language.</summary>
public abstract class UnitAdministrationTests(IScenarioHost host)
{
    [Theory]
    [InlineData("zh-CN", "仅系统管理员可以执行此操作", "本公司已有代码为“{0}”的部门", "请填写部门名称")]
    [InlineData("en", "Only an administrator may do this", "Your company already has a unit with code '{0}'.", "The unit name must be filled in.")]
    public async Task A_unit_is_refused_for_another_role_a_taken_code_and_a_missing_name_in_the_readers_language(
        string culture, string onlyAdministrators, string taken, string nameMissing)
    {
        var code = "u-" + culture;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var byClerk = await CreateAsync(Staff(Roles.Clerk), code, "新部门");
            var first = await CreateAsync(Staff(Roles.Administrator), code, "新部门");
            var again = await CreateAsync(Staff(Roles.Administrator), code, "另一个部门");
            var nameless = await CreateAsync(Staff(Roles.Administrator), code + "-2", " ");

            Assert.Equal([onlyAdministrators], byClerk.Errors);
            Assert.True(first.Succeeded);
            Assert.Equal([string.Format(CultureInfo.InvariantCulture, taken, code)], again.Errors);
            Assert.Equal([nameMissing], nameless.Errors);
            Assert.Equal(1, await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
                .CountAsync(u => u.CompanyId == host.CompanyId && (u.Code == code || u.Code == code + "-2"))));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<AdminResult> CreateAsync(StaffMember caller, string code, string name)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().CompanyScope = new FixedCompanyScope(caller.CompanyId);
        return await scope.ServiceProvider.GetRequiredService<UnitAdministration>().CreateAsync(caller, code, name, UnitKind.BusinessOffice);
    }

    private StaffMember Staff(string role) => new(role, role, host.CompanyId, null, null, new HashSet<string> { role });
}

public sealed class UnitAdministrationSqliteTests(SqliteScenarioHost host) : UnitAdministrationTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class UnitAdministrationPostgresTests(PostgresScenarioHost host) : UnitAdministrationTests(host), IClassFixture<PostgresScenarioHost>;
