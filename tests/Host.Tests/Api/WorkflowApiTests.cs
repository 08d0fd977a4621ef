using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;

namespace Orchestrator.Host.Tests.Api;

public sealed class WorkflowApiTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task An_administrator_deploys_and_an_unchanged_file_keeps_its_version()
    {
        var owner = await host.ClientForAsync("admin");

        var first = await owner.PostAsync("/api/definitions", Xml(TestFlows.Review("deploy_twice")));
        var again = await owner.PostAsync("/api/definitions", Xml(TestFlows.Review("deploy_twice")));
        var changed = await owner.PostAsync("/api/definitions", Xml(TestFlows.Review("deploy_twice", "Review it again")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (await Body(first)).GetProperty("version").GetInt32());
        Assert.Equal(1, (await Body(again)).GetProperty("version").GetInt32());
        Assert.Equal(2, (await Body(changed)).GetProperty("version").GetInt32());
        var xml = await owner.GetStringAsync("/api/definitions/deploy_twice/versions/2/xml");
        Assert.Contains("Review it again", xml);
    }

    [Fact]
    public async Task An_invalid_file_is_a_422_listing_each_error_by_element_and_nothing_is_stored()
    {
        var owner = await host.ClientForAsync("admin");

        var response = await owner.PostAsync("/api/definitions", Xml(TestFlows.Broken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Body(response)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "f1");
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "Survey" && e.GetProperty("message").GetString()!.Contains("no-such-unit"));
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "Survey" && e.GetProperty("code").GetString() == "candidate-group.unknown");
        var listed = await owner.GetFromJsonAsync<JsonElement>("/api/definitions");
        Assert.DoesNotContain(listed.EnumerateArray(), d => d.GetProperty("key").GetString() == "broken");
    }

    [Fact]
    public async Task An_unknown_instance_is_a_404_that_says_so_in_the_callers_language()
    {
        var admin = await host.ClientForAsync("admin");
        var id = Guid.NewGuid();

        var chinese = await admin.GetAsync($"/api/instances/{id}");
        var english = await admin.GetAsync($"/api/instances/{id}?culture=en&ui-culture=en");

        Assert.Equal(HttpStatusCode.NotFound, chinese.StatusCode);
        Assert.Equal($"本公司没有流程实例 {id}", (await Body(chinese)).GetProperty("title").GetString());
        Assert.Equal($"There is no process instance {id} in your company.", (await Body(english)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Starting_a_process_nobody_deployed_is_a_404_that_names_it_in_the_callers_language()
    {
        var admin = await host.ClientForAsync("admin");

        var chinese = await admin.PostAsJsonAsync("/api/instances", new { processKey = "never_deployed", businessKey = "ND-1" });
        var english = await admin.PostAsJsonAsync("/api/instances?culture=en&ui-culture=en", new { processKey = "never_deployed", businessKey = "ND-1" });

        Assert.Equal(HttpStatusCode.NotFound, chinese.StatusCode);
        Assert.Equal("没有已部署的流程“never_deployed”", (await Body(chinese)).GetProperty("title").GetString());
        Assert.Equal("No process 'never_deployed' is deployed.", (await Body(english)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_clerk_or_process_owner_may_validate_but_not_deploy_through_the_api()
    {
        var clerk = await host.ClientForAsync("clerk");
        var owner = await host.ClientForAsync("owner");

        var deploy = await clerk.PostAsync("/api/definitions", Xml(TestFlows.Review("clerk_flow")));
        var ownerDeploy = await owner.PostAsync("/api/definitions", Xml(TestFlows.Review("owner_flow")));
        var validate = await clerk.PostAsync("/api/definitions/validate", Xml(TestFlows.Broken));

        Assert.Equal(HttpStatusCode.Forbidden, deploy.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownerDeploy.StatusCode);
        Assert.False((await Body(validate)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_task_is_claimed_and_completed_once_and_a_second_completion_is_a_409()
    {
        var admin = await host.ClientForAsync("admin");
        (await admin.PostAsync("/api/definitions", Xml(TestFlows.Review("complete_once")))).EnsureSuccessStatusCode();
        var clerk = await host.ClientForAsync("clerk");

        var started = await admin.PostAsJsonAsync("/api/instances", new { processKey = "complete_once", businessKey = "XZ-1", variables = new { amount = 1200 } });
        var id = (await Body(started)).GetProperty("id").GetGuid();
        var instance = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        var tasks = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks?instanceId={id}");
        var taskId = tasks[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(["Review"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1200, instance.GetProperty("variables").GetProperty("amount").GetDouble());
        (await clerk.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        var unknown = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { approved = true } });
        var complete = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { });
        var again = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode); // the step has no form: nothing may be set
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var done = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.False(done.GetProperty("variables").TryGetProperty("approved", out _));
    }

    [Fact]
    public async Task Starting_an_unknown_process_is_a_404_naming_it()
    {
        var admin = await host.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/instances", new { processKey = "no_such_process" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no_such_process", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_job_dashboard_is_for_the_group_administrator_only()
    {
        var clerk = await host.ClientForAsync("clerk");
        var admin = await host.ClientForAsync("admin");
        var groupAdmin = await host.ClientForAsync("groupadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await groupAdmin.GetAsync("/hangfire")).StatusCode);
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static async Task<JsonElement> Body(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
