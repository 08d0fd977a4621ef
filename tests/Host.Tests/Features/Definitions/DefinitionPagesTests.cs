using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Definitions;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Definitions;

/// <summary>
/// GET /api/definitions reads a page in SQL: the latest version of each flow in key order, or one flow's versions newest
/// first; two commands a page (the caller's company code, then the page), the next page's token in the headers, and
/// another company's variants never listed or read.
/// </summary>
public abstract class DefinitionPagesTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task The_latest_versions_come_a_page_at_a_time_each_flow_once_in_two_commands()
    {
        string[] keys = ["defs_a", "defs_b", "defs_c", "defs_d", "defs_e"];
        foreach (var key in keys) await DeployVersionsAsync(key, 3);
        var admin = await AdminAsync();

        var seen = new List<DefinitionEndpoints.DefinitionSummary>();
        DefinitionCursor? cursor = null;
        do
        {
            var (page, commands) = await PageWithCommandsAsync(admin, null, cursor, 2);
            Assert.Equal(2, commands.Count);
            Assert.Contains("LIMIT", commands[1], StringComparison.OrdinalIgnoreCase);
            Assert.True(page.Definitions.Count <= 2);
            seen.AddRange(page.Definitions);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Select(d => d.Key).Distinct().Count());
        Assert.Equal(keys, seen.Where(d => keys.Contains(d.Key)).Select(d => d.Key));
        Assert.All(seen.Where(d => keys.Contains(d.Key)), d => Assert.Equal(3, d.Version));
    }

    [Fact]
    public async Task A_flow_deployed_before_the_cursor_does_not_move_the_next_page()
    {
        string[] keys = ["defs_stable_b", "defs_stable_c", "defs_stable_d", "defs_stable_e"];
        foreach (var key in keys) await DeployVersionsAsync(key, 1);
        var admin = await AdminAsync();
        var cursor = DefinitionCursor.AfterKey("defs_stable_a");
        var (first, _) = await PageWithCommandsAsync(admin, null, cursor, 2);

        await DeployVersionsAsync("defs_stable_a0", 1); // sorts before the cursor
        await DeployVersionsAsync("defs_stable_d", 2); // a new version of a flow on the next page
        var (second, _) = await PageWithCommandsAsync(admin, null, first.Next, 2);

        Assert.Equal(["defs_stable_b", "defs_stable_c"], first.Definitions.Select(d => d.Key));
        Assert.Equal([("defs_stable_d", 2), ("defs_stable_e", 1)], second.Definitions.Select(d => (d.Key, d.Version)));
    }

    [Fact]
    public async Task One_flows_versions_come_newest_first_a_page_at_a_time()
    {
        await DeployVersionsAsync("defs_versions", 5);
        var admin = await AdminAsync();

        var versions = new List<int>();
        DefinitionCursor? cursor = null;
        var pages = 0;
        do
        {
            var (page, commands) = await PageWithCommandsAsync(admin, "defs_versions", cursor, 2);
            Assert.Equal(2, commands.Count);
            versions.AddRange(page.Definitions.Select(d => d.Version));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal([5, 4, 3, 2, 1], versions);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task The_api_hands_out_the_next_page_in_its_headers_and_refuses_a_forged_or_mismatched_cursor()
    {
        await DeployVersionsAsync("defs_api", 3);
        var clerk = await people.ClientAsync("clerk");

        var versions = new List<int>();
        var url = "/api/definitions?key=defs_api&take=2";
        while (url is not null)
        {
            var response = await clerk.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            versions.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(d => d.GetProperty("version").GetInt32()));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
            if (url is not null) Assert.Contains("after=" + response.Headers.GetValues("X-Next-Cursor").Single(), url);
        }
        var first = await clerk.GetAsync("/api/definitions?take=1");
        var keyCursor = first.Headers.GetValues("X-Next-Cursor").Single();
        var forged = await clerk.GetAsync("/api/definitions?after=not-a-cursor");
        var mismatched = await clerk.GetAsync($"/api/definitions?key=defs_api&after={keyCursor}");

        Assert.Equal([3, 2, 1], versions);
        Assert.Single((await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.True((await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("after", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatched.StatusCode);
    }

    [Fact]
    public async Task Another_companys_variant_is_neither_listed_nor_read()
    {
        await DeployVersionsAsync("defs_variant--dz", 1);
        var city = await people.ClientAsync("admin");
        var other = await people.ClientAsync("dz-admin");

        var cityList = await AllKeysAsync(city);
        var otherList = await AllKeysAsync(other);
        var cityVersions = await city.GetFromJsonAsync<JsonElement>("/api/definitions?key=defs_variant--dz");
        var cityXml = await city.GetAsync("/api/definitions/defs_variant--dz/versions/1/xml");
        var otherXml = await other.GetAsync("/api/definitions/defs_variant--dz/versions/1/xml");

        Assert.DoesNotContain("defs_variant--dz", cityList);
        Assert.Contains("defs_variant--dz", otherList);
        Assert.Equal(0, cityVersions.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, cityXml.StatusCode);
        Assert.Equal("流程“defs_variant--dz”没有第 1 版", (await cityXml.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, otherXml.StatusCode);
    }

    private static async Task<List<string>> AllKeysAsync(HttpClient client)
    {
        var keys = new List<string>();
        var url = "/api/definitions?take=200";
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            keys.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(d => d.GetProperty("key").GetString()!));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }
        return keys;
    }

    private async Task<(DefinitionPage Page, IReadOnlyList<string> Commands)> PageWithCommandsAsync(
        StaffMember caller, string? key, DefinitionCursor? after, int size)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        await log.ReadyAsync();
        var page = await scope.ServiceProvider.GetRequiredService<DefinitionQueries>().PageAsync(caller, key, after, size, CancellationToken.None);
        return (page, log.Commands);
    }

    private Task DeployVersionsAsync(string key, int versions) => host.InScopeAsync(async s =>
    {
        for (var v = 1; v <= versions; v++)
            Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review(key, $"审核 {v}"))).Deployed);
        return 0;
    });

    private Task<StaffMember> AdminAsync() => Task.FromResult(new StaffMember(
        "admin", "admin", host.CompanyId, null, null, new HashSet<string> { Roles.Administrator }));
}

public sealed class DefinitionPagesSqliteTests(SqliteScenarioHost host) : DefinitionPagesTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class DefinitionPagesPostgresTests(PostgresScenarioHost host) : DefinitionPagesTests(host), IClassFixture<PostgresScenarioHost>;
