using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Designer.Api;
using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Flows;
using Orchestrator.Designer.Tests.Support;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Designer.Tests.Api;

public sealed class DesignerApiTests(DesignerHost host) : IClassFixture<DesignerHost>
{
    [Theory]
    [InlineData("/api/designer/templates")]
    [InlineData("/api/designer/flows")]
    [InlineData("/api/designer/drafts")]
    public async Task Staff_without_the_designer_roles_get_403(string url)
    {
        var clerk = await host.ClientForAsync("clerk");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Templates_come_from_the_registry_with_the_user_task_and_timer()
    {
        var owner = await host.ClientForAsync("owner");

        var json = await owner.GetStringAsync("/api/designer/templates");

        Assert.Contains("\"orchestrator.user-task\"", json);
        Assert.Contains("\"orchestrator.sla-timer.IntermediateCatchEvent\"", json);
        Assert.Contains("\"$schema\"", json);
    }

    [Fact]
    public async Task A_change_goes_live_only_after_another_manager_approves_it_and_new_requests_use_it()
    {
        var key = $"survey-{Guid.NewGuid():N}"[..20];
        var owner = await host.ClientForAsync("owner");
        var leader = await host.ClientForAsync("leader");
        var admin = await host.ClientForAsync("admin"); // the first version comes in through the API, an administrator's command
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/definitions", Xml(Bpmn.SurveyFlow(key)))).StatusCode);
        var before = await StartAsync(key);

        var draft = await Read(await owner.PostAsJsonAsync("/api/designer/drafts", new StartDraft(key, null, null)));
        draft = await Read(await owner.PutAsJsonAsync($"/api/designer/drafts/{draft.Id}", new SaveDraft(Bpmn.SurveyFlow(key, sla: "P5D", threshold: "80000"), draft.Revision)));
        draft = await Read(await owner.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/submit", new DraftStep(draft.Revision, "SLA 5 days, VP from 80,000")));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/approve", new DraftStep(draft.Revision, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsync($"/api/designer/drafts/{draft.Id}/publish", null)).StatusCode);

        var changes = await leader.GetFromJsonAsync<FlowChanges>($"/api/designer/drafts/{draft.Id}/changes", DesignerJson.Options);
        Assert.Equal(["dueDate", "header:vpThreshold"], changes!.Changed.Single().Parameters.Select(p => p.Name));
        draft = await Read(await leader.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/approve", new DraftStep(draft.Revision, "同意")));
        draft = await Read(await owner.PostAsync($"/api/designer/drafts/{draft.Id}/publish", null));
        var after = await StartAsync(key);

        Assert.Equal((DraftStatus.Published, 2), (draft.Status, draft.PublishedVersion));
        var versions = await leader.GetFromJsonAsync<List<FlowVersion>>($"/api/designer/flows/{key}/versions", DesignerJson.Options);
        Assert.Equal(("owner", "leader"), (versions![0].DeployedBy, versions[0].ApprovedBy));
        Assert.Equal((1, 2), (before.Version, after.Version));
        Assert.True(after.Due < before.Due, $"5 working days ({after.Due}) must end before 7 ({before.Due}).");
    }

    [Fact]
    public async Task An_administrator_cannot_approve_their_own_change_and_sending_back_needs_a_comment()
    {
        var key = $"survey-{Guid.NewGuid():N}"[..20];
        var admin = await host.ClientForAsync("admin");
        var vp = await host.ClientForAsync("vp");
        await admin.PostAsync("/api/definitions", Xml(Bpmn.SurveyFlow(key)));
        var draft = await Read(await admin.PostAsync($"/api/designer/flows/{key}/variant", null));
        draft = await Read(await admin.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/submit", new DraftStep(draft.Revision, null)));

        var own = await admin.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/approve", new DraftStep(draft.Revision, null));
        var noComment = await vp.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/reject", new DraftStep(draft.Revision, " "));
        var sentBack = await Read(await vp.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/reject", new DraftStep(draft.Revision, "请保留7天")));

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("不能审批自己修改的流程", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Equal((DraftStatus.Rejected, "请保留7天"), (sentBack.Status, sentBack.ReviewComment));
    }

    [Fact]
    public async Task A_company_administrator_changes_only_the_companys_variant_never_the_group_flow_or_another_companys()
    {
        var key = $"survey-{Guid.NewGuid():N}"[..20];
        var admin = await host.ClientForAsync("admin");
        var otherAdmin = await host.ClientForAsync("dz-admin");
        await admin.PostAsync("/api/definitions", Xml(Bpmn.SurveyFlow(key)));
        var leader = await host.ClientForAsync("leader");
        var cityVariant = await Read(await admin.PostAsync($"/api/designer/flows/{key}/variant", null));
        cityVariant = await Read(await admin.PostAsJsonAsync($"/api/designer/drafts/{cityVariant.Id}/submit", new DraftStep(cityVariant.Revision, null)));
        cityVariant = await Read(await leader.PostAsJsonAsync($"/api/designer/drafts/{cityVariant.Id}/approve", new DraftStep(cityVariant.Revision, null)));
        cityVariant = await Read(await leader.PostAsync($"/api/designer/drafts/{cityVariant.Id}/publish", null));

        var groupFlow = await admin.PostAsJsonAsync("/api/designer/drafts", new StartDraft(key, null, null));
        var othersVariant = await otherAdmin.PostAsJsonAsync("/api/designer/drafts", new StartDraft(cityVariant.ProcessKey, null, null));

        Assert.Equal(HttpStatusCode.Forbidden, groupFlow.StatusCode);
        Assert.Contains("GroupFlowNeedsVariant", await groupFlow.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, othersVariant.StatusCode);
        Assert.EndsWith("--city", cityVariant.ProcessKey);
    }

    [Fact]
    public async Task A_company_variant_is_published_under_its_own_key_and_resolved_for_that_company_only()
    {
        var key = $"survey-{Guid.NewGuid():N}"[..20];
        var owner = await host.ClientForAsync("owner");
        var leader = await host.ClientForAsync("leader");
        await (await host.ClientForAsync("admin")).PostAsync("/api/definitions", Xml(Bpmn.SurveyFlow(key)));

        var draft = await Read(await owner.PostAsync($"/api/designer/flows/{key}/variant", null));
        draft = await Read(await owner.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/submit", new DraftStep(draft.Revision, null)));
        draft = await Read(await leader.PostAsJsonAsync($"/api/designer/drafts/{draft.Id}/approve", new DraftStep(draft.Revision, null)));
        await Read(await leader.PostAsync($"/api/designer/drafts/{draft.Id}/publish", null));

        await using var scope = host.Services.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<IFlowVariantResolver>();
        Assert.Equal($"{key}--city", draft.ProcessKey);
        Assert.Equal($"{key}--city", await resolver.ResolveProcessKeyAsync(key, "city"));
        Assert.Equal(key, resolver.ResolveProcessKey(key, "dz"));
    }

    private async Task<(int Version, DateTimeOffset Due)> StartAsync(string key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        var id = await runtime.StartAsync(key, null);
        var task = (await runtime.QueryTasksAsync(new UserTaskQuery(InstanceId: id))).Single();
        return ((await runtime.GetInstanceAsync(id))!.Version, task.DueAt!.Value);
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static async Task<DraftView> Read(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<DraftView>(DesignerJson.Options))!;
    }
}
