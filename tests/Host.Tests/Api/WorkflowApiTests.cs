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
    public async Task A_process_owner_deploys_and_an_unchanged_file_keeps_its_version()
    {
        var owner = await host.ClientForAsync("owner");

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
        var owner = await host.ClientForAsync("owner");

        var response = await owner.PostAsync("/api/definitions", Xml(TestFlows.Broken));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Body(response)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "f1");
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "Survey" && e.GetProperty("message").GetString()!.Contains("no-such-unit"));
        var listed = await owner.GetFromJsonAsync<JsonElement>("/api/definitions");
        Assert.DoesNotContain(listed.EnumerateArray(), d => d.GetProperty("key").GetString() == "broken");
    }

    [Fact]
    public async Task A_clerk_may_validate_but_not_deploy()
    {
        var clerk = await host.ClientForAsync("clerk");

        var deploy = await clerk.PostAsync("/api/definitions", Xml(TestFlows.Review("clerk_flow")));
        var validate = await clerk.PostAsync("/api/definitions/validate", Xml(TestFlows.Broken));

        Assert.Equal(HttpStatusCode.Forbidden, deploy.StatusCode);
        Assert.False((await Body(validate)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_task_is_claimed_and_completed_once_and_a_second_completion_is_a_409()
    {
        var owner = await host.ClientForAsync("owner");
        (await owner.PostAsync("/api/definitions", Xml(TestFlows.Review("complete_once")))).EnsureSuccessStatusCode();
        var clerk = await host.ClientForAsync("clerk");

        var started = await clerk.PostAsJsonAsync("/api/instances", new { processKey = "complete_once", businessKey = "XZ-1", variables = new { amount = 1200 } });
        var id = (await Body(started)).GetProperty("id").GetGuid();
        var instance = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        var tasks = await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks?instanceId={id}");
        var taskId = tasks[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(["Review"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1200, instance.GetProperty("variables").GetProperty("amount").GetDouble());
        (await clerk.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        var complete = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { approved = true } });
        var again = await clerk.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { approved = false } });

        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var done = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.True(done.GetProperty("variables").GetProperty("approved").GetBoolean());
    }

    [Fact]
    public async Task Starting_an_unknown_process_is_a_404_naming_it()
    {
        var clerk = await host.ClientForAsync("clerk");
        var response = await clerk.PostAsJsonAsync("/api/instances", new { processKey = "no_such_process" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no_such_process", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_job_dashboard_is_for_administrators_only()
    {
        var clerk = await host.ClientForAsync("clerk");
        var admin = await host.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static async Task<JsonElement> Body(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
