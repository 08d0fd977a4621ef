using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;
using static Orchestrator.Host.Tests.Features.Access.AccessMatrixHarness;

namespace Orchestrator.Host.Tests.Features.Access;

/// <summary>
/// The role × action matrix over the REST API, for every demo user of both companies: each cell is the exact
/// status the action must answer. Allowed cells succeed; refused cells change nothing.
/// </summary>
public abstract class AccessMatrixTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    private static readonly string[] OfficeCandidates = ["office", "officemgr"];

    private static readonly string[] SeeOfficeTaskButMayNotWork = ["duty", "leader", "vp", "admin"];

    [Fact]
    public async Task Claim_a_business_office_task_of_城东()
    {
        var shared = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");

        await people.CheckAsync("claim", Expect(HttpStatusCode.NoContent, OfficeCandidates, SeeOfficeTaskButMayNotWork), async (user, client) =>
        {
            var id = OfficeCandidates.Contains(user) ? await TaskIdAsync(await people.SuspensionAsync(), "FinalReading") : shared;
            return await client.PostAsync($"/api/tasks/{id}/claim", null);
        });

        var untouched = await TaskAsync(shared);
        Assert.Equal((UserTaskStatus.Open, null), (untouched.Status, untouched.Assignee));
    }

    [Fact]
    public async Task Complete_a_business_office_task_of_城东()
    {
        var shared = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");

        await people.CheckAsync("complete", Expect(HttpStatusCode.OK, OfficeCandidates, SeeOfficeTaskButMayNotWork), async (user, client) =>
        {
            var id = OfficeCandidates.Contains(user) ? await TaskIdAsync(await people.SuspensionAsync(), "FinalReading") : shared;
            return await client.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { reading = 150 } });
        });

        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(shared)).Status);
    }

    [Fact]
    public async Task Approve_only_as_the_approving_role_never_as_administrator()
    {
        var shared = await TaskIdAsync(await people.RetrofitAsync(), "OfficeApproval");

        await people.CheckAsync("approve", Expect(HttpStatusCode.OK, ["officemgr"], SeeOfficeTaskButMayNotWork), async (user, client) =>
        {
            var id = user == "officemgr" ? await TaskIdAsync(await people.RetrofitAsync(), "OfficeApproval") : shared;
            return await client.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { approved = true, comment = "同意" } });
        });

        Assert.Equal(UserTaskStatus.Open, (await TaskAsync(shared)).Status);
    }

    [Fact]
    public async Task A_task_claimed_by_someone_else_is_a_409_naming_the_holder_for_everyone_who_sees_it()
    {
        var held = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");
        (await (await people.ClientAsync("office")).PostAsync($"/api/tasks/{held}/claim", null)).EnsureSuccessStatusCode();
        var expected = Expect(HttpStatusCode.Conflict, ["officemgr", .. SeeOfficeTaskButMayNotWork], []);
        expected.Remove("office"); // the holder: checked last, below

        await people.CheckAsync("complete held", expected, (_, client) =>
            client.PostAsJsonAsync($"/api/tasks/{held}/complete", new { variables = new { reading = 150 } }));
        await people.CheckAsync("claim held", expected, (_, client) => client.PostAsync($"/api/tasks/{held}/claim", null));
        await people.CheckAsync("release held", expected, (_, client) => client.PostAsync($"/api/tasks/{held}/release", null));

        var refused = await (await people.ClientAsync("officemgr")).PostAsync($"/api/tasks/{held}/claim", null);
        Assert.Contains("office", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("office", (await TaskAsync(held)).Assignee);
        Assert.Equal(HttpStatusCode.NoContent, (await (await people.ClientAsync("office")).PostAsync($"/api/tasks/{held}/release", null)).StatusCode);
        Assert.Null((await TaskAsync(held)).Assignee);
    }

    [Fact]
    public async Task Reassign_is_the_administrators_with_a_reason_to_a_candidate()
    {
        var shared = await TaskIdAsync(await people.SuspensionAsync(), "FinalReading");

        await people.CheckAsync("reassign", Expect(HttpStatusCode.NoContent, ["admin"], ["office", .. CityManagers]), async (user, client) =>
        {
            var id = user == "admin" ? await TaskIdAsync(await people.SuspensionAsync(), "FinalReading") : shared;
            return await client.PostAsJsonAsync($"/api/tasks/{id}/reassign", new { assignee = "officemgr", reason = "李强休假" });
        });

        var admin = await people.ClientAsync("admin");
        var noReason = await admin.PostAsJsonAsync($"/api/tasks/{shared}/reassign", new { assignee = "officemgr", reason = " " });
        var westOffice = await admin.PostAsJsonAsync($"/api/tasks/{shared}/reassign", new { assignee = "west", reason = "试试" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, westOffice.StatusCode);
        Assert.True((await westOffice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("assignee", out _));
        Assert.Null((await TaskAsync(shared)).Assignee);
    }

    [Fact]
    public async Task Cancel_an_instance_is_the_administrators_with_a_reason()
    {
        var shared = await people.SuspensionAsync();

        await people.CheckAsync("cancel", Expect(HttpStatusCode.NoContent, ["admin"], CityUsers.Except(["admin"])), async (user, client) =>
        {
            var flow = user == "admin" ? await people.SuspensionAsync() : shared;
            return await client.PostAsJsonAsync($"/api/instances/{flow.Request.InstanceId}/cancel", new { reason = "客户撤回申请" });
        });

        Assert.Equal(WorkflowInstanceStatus.Active, (await shared.InstanceAsync()).Status);
        var admin = await people.ClientAsync("admin");
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await admin.PostAsJsonAsync($"/api/instances/{shared.Request.InstanceId}/cancel", new { reason = "" })).StatusCode);
    }

    [Fact]
    public async Task Starting_raw_instances_and_deploying_are_for_administrators_of_either_company()
    {
        var first = await (await people.ClientAsync("admin")).PostAsync("/api/definitions", Xml(TestFlows.Review("matrix_start")));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var admins = new[] { "admin", "dz-admin" };
        var others = Everyone.Except(admins).ToList();
        var serial = 0;

        await people.CheckAsync("start", Expect(HttpStatusCode.Created, admins, others), (_, client) =>
            client.PostAsJsonAsync("/api/instances", new { processKey = "matrix_start", businessKey = "RAW-1" }));
        await people.CheckAsync("deploy", Expect(HttpStatusCode.Created, admins, others), (_, client) =>
            client.PostAsync("/api/definitions", Xml(TestFlows.Review($"matrix_deploy_{Interlocked.Increment(ref serial)}"))));
    }

    [Fact]
    public async Task A_flow_requests_use_changes_only_through_the_designer_review()
    {
        var suspension = await host.InScopeAsync(s => s.GetRequiredService<Orchestrator.Host.Persistence.OrchestratorDbContext>()
            .Set<WorkflowDefinitionRecord>().Where(d => d.Key == "suspension").OrderByDescending(d => d.Version).Select(d => d.Xml).FirstAsync());

        var response = await (await people.ClientAsync("admin")).PostAsync("/api/definitions", Xml(suspension.Replace("现场抄表", "随便改改")));

        var rawStart = await (await people.ClientAsync("admin")).PostAsJsonAsync("/api/instances", new { processKey = "suspension", businessKey = "BT-RAW" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("suspension", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, rawStart.StatusCode);
    }

    [Fact]
    public async Task Publishing_a_message_needs_the_integration_role_and_its_own_company_request()
    {
        var flow = await people.SuspensionAsync();
        var integrations = new[] { "integration", "dz-integration" };

        await people.CheckAsync("publish", Expect(HttpStatusCode.OK, ["integration"], Everyone.Except(integrations)), (_, client) =>
            client.PostAsJsonAsync("/api/messages", new { name = "customer-called", correlationKey = flow.Request.Number }));

        var integration = await people.ClientAsync("integration");
        var payment = await integration.PostAsJsonAsync("/api/messages", new { name = "payment-received", correlationKey = flow.Request.Number });
        Assert.Equal(HttpStatusCode.Forbidden, payment.StatusCode);
    }

    [Fact]
    public async Task The_job_dashboard_is_for_the_group_administrator_only()
    {
        await people.CheckAsync("hangfire", Expect(HttpStatusCode.OK, ["groupadmin"], Everyone.Except(["groupadmin"])), (_, client) =>
            client.GetAsync("/hangfire"));
    }

    [Fact]
    public async Task Reads_are_company_scoped_and_the_business_office_queue_follows_the_area()
    {
        var flow = await people.SuspensionAsync();
        var taskId = await TaskIdAsync(flow, "FinalReading");

        await people.CheckAsync("read instance", Expect(HttpStatusCode.OK, CityUsers, []), (_, client) =>
            client.GetAsync($"/api/instances/{flow.Request.InstanceId}"));
        await people.CheckAsync("read request", Expect(HttpStatusCode.OK, CityUsers, []), (_, client) =>
            client.GetAsync($"/api/requests/{flow.Request.Id}"));

        var sees = new List<string>();
        foreach (var user in Everyone)
        {
            var tasks = await (await people.ClientAsync(user)).GetFromJsonAsync<JsonElement>($"/api/tasks?instanceId={flow.Request.InstanceId}");
            if (tasks.EnumerateArray().Any(t => t.GetProperty("id").GetGuid() == taskId)) sees.Add(user);
        }
        Assert.Equal(["duty", "office", "officemgr", "leader", "vp", "admin"], sees);
    }

    [Fact]
    public async Task 城西_works_on_城西_tasks_and_an_area_no_office_serves_reaches_every_office()
    {
        var west = await TaskIdAsync(await people.SuspensionAsync("城西区"), "FinalReading");
        var nowhere = await TaskIdAsync(await people.SuspensionAsync("郊县"), "FinalReading");
        var westClient = await people.ClientAsync("west");
        var eastClient = await people.ClientAsync("office");

        Assert.Equal(HttpStatusCode.NotFound, (await eastClient.PostAsync($"/api/tasks/{west}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await westClient.PostAsync($"/api/tasks/{west}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await westClient.PostAsync($"/api/tasks/{nowhere}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await westClient.PostAsync($"/api/tasks/{nowhere}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await eastClient.PostAsync($"/api/tasks/{nowhere}/claim", null)).StatusCode);
    }

    private Task<UserTaskRecord> TaskAsync(Guid id) => host.InScopeAsync(s =>
        s.GetRequiredService<Orchestrator.Host.Persistence.OrchestratorDbContext>().Set<UserTaskRecord>().SingleAsync(t => t.Id == id));

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");
}

public sealed class AccessMatrixSqliteTests(SqliteScenarioHost host) : AccessMatrixTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class AccessMatrixPostgresTests(PostgresScenarioHost host) : AccessMatrixTests(host), IClassFixture<PostgresScenarioHost>;
