using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Designer.Flows;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Definitions;

/// <summary>
/// The designer's flow list reads only each flow's latest version in SQL, and a flow's history comes a page at a time
/// with the reviews of that page only; another company's variant is in neither.
/// </summary>
public abstract class DesignerFlowCatalogTests(IScenarioHost host)
{
    [Fact]
    public async Task The_flow_list_reads_each_flows_latest_version_and_only_the_companys_own_variants()
    {
        await DeployVersionsAsync("catalog_a", 3);
        await DeployVersionsAsync("catalog_a--dz", 2);
        var other = await OtherCompanyAsync();

        var (city, commands) = await WithCatalogAsync(c => c.ListAsync(host.CompanyId));
        var (theirs, _) = await WithCatalogAsync(c => c.ListAsync(other));

        Assert.Equal(2, commands.Count); // the company's code, then the latest versions
        Assert.Equal(3, Assert.Single(city, f => f.Key == "catalog_a").LatestVersion);
        Assert.DoesNotContain(city, f => f.Key == "catalog_a--dz");
        Assert.Equal(city.Count, city.Select(f => f.Key).Distinct().Count());
        Assert.Equal(2, Assert.Single(theirs, f => f.Key == "catalog_a--dz").LatestVersion);
    }

    [Fact]
    public async Task A_flows_versions_come_newest_first_a_page_at_a_time_and_another_companys_variant_has_none()
    {
        await DeployVersionsAsync("catalog_b", 5);
        await DeployVersionsAsync("catalog_b--dz", 1);

        var versions = new List<int>();
        int? after = null;
        var pages = 0;
        do
        {
            var (page, commands) = await WithCatalogAsync(c => c.VersionsAsync(host.CompanyId, "catalog_b", after, 2));
            Assert.InRange(commands.Count, 1, 2); // the page, then the reviews of its versions
            versions.AddRange(page.Versions.Select(v => v.Version));
            after = page.Next;
            pages++;
        }
        while (after is not null);
        var (foreign, _) = await WithCatalogAsync(c => c.VersionsAsync(host.CompanyId, "catalog_b--dz"));

        Assert.Equal([5, 4, 3, 2, 1], versions);
        Assert.Equal(3, pages);
        Assert.Empty(foreign.Versions);
    }

    [Fact]
    public async Task Another_companys_variant_xml_is_not_found_through_the_designer_api()
    {
        await DeployVersionsAsync("catalog_c--dz", 1);
        var people = new Access.AccessMatrixHarness(host);

        var city = await (await people.ClientAsync("admin")).GetAsync("/api/designer/flows/catalog_c--dz/versions/1/xml");
        var theirs = await (await people.ClientAsync("dz-admin")).GetAsync("/api/designer/flows/catalog_c--dz/versions/1/xml");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, city.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, theirs.StatusCode);
    }

    private async Task<(T Result, IReadOnlyList<string> Commands)> WithCatalogAsync<T>(Func<FlowCatalog, Task<T>> read)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        await log.ReadyAsync();
        var result = await read(scope.ServiceProvider.GetRequiredService<FlowCatalog>());
        return (result, log.Commands);
    }

    private Task DeployVersionsAsync(string key, int versions) => host.InScopeAsync(async s =>
    {
        for (var v = 1; v <= versions; v++)
            Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review(key, $"审核 {v}"))).Deployed);
    });

    private Task<Guid> OtherCompanyAsync() => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Companies.IgnoreQueryFilters().Where(c => c.Code == "dz").Select(c => c.Id).SingleAsync());
}

public sealed class DesignerFlowCatalogSqliteTests(SqliteScenarioHost host) : DesignerFlowCatalogTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class DesignerFlowCatalogPostgresTests(PostgresScenarioHost host) : DesignerFlowCatalogTests(host), IClassFixture<PostgresScenarioHost>;
