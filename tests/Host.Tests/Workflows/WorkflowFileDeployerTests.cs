using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Designer.Drafts;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Workflows;

public sealed class WorkflowFileDeployerTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("orchestrator-flows-").FullName;
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "review.bpmn"), TestFlows.Review("file_flow"));
        host = new HostFactory(database, demoCustomers: 1, configure: web => web.UseSetting("Workflows:Folder", folder));
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Start_up_deploys_a_new_file_once()
    {
        await DeployFolderAsync();
        Assert.Equal([1], await VersionsAsync());
    }

    [Fact]
    public async Task A_restart_does_not_undo_a_version_published_in_the_designer()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var published = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                .DeployAsync(TestFlows.Review("file_flow", "Reviewed in the designer"), "owner");
            Assert.Equal(2, published.Processes[0].Version);
        }

        await DeployFolderAsync();

        Assert.Equal([1, 2], await VersionsAsync());
    }

    [Fact]
    public async Task A_changed_file_becomes_the_next_version()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "review.bpmn"), TestFlows.Review("file_flow", "Review, new release"));

        await DeployFolderAsync();

        Assert.Equal([1, 2], await VersionsAsync());
    }

    [Fact]
    public async Task A_file_changed_after_a_designer_publish_arrives_as_a_draft_for_review_and_never_live()
    {
        await PublishFromDesignerAsync();
        var changed = TestFlows.Review("file_flow", "Review, regenerated");
        await File.WriteAllTextAsync(Path.Combine(folder, "review.bpmn"), changed);

        await DeployFolderAsync();
        await DeployFolderAsync();

        Assert.Equal([1, 2], await VersionsAsync());
        var draft = Assert.Single(await FileDraftsAsync());
        Assert.Equal((DraftStatus.Draft, 2, changed), (draft.Status, draft.BaseVersion, draft.Xml));
    }

    [Fact]
    public async Task A_file_changed_after_an_api_deploy_is_neither_deployed_nor_drafted()
    {
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.Review("file_flow", "Deployed by API"), "integrator");
        await File.WriteAllTextAsync(Path.Combine(folder, "review.bpmn"), TestFlows.Review("file_flow", "Review, regenerated"));

        await DeployFolderAsync();

        Assert.Equal([1, 2], await VersionsAsync());
        Assert.Empty(await FileDraftsAsync());
    }

    /// <summary>A process owner's draft, approved and published as version 2, as the designer does it.</summary>
    private async Task PublishFromDesignerAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var company = await db.Companies.Select(c => c.Id).FirstAsync();
        var xml = TestFlows.Review("file_flow", "Reviewed in the designer");
        var published = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().DeployAsync(xml, "owner");
        var now = DateTimeOffset.UtcNow;
        var draft = FlowDraft.Start(company, "file_flow", 1, xml, "owner", null, now);
        draft.Submit(null, now);
        draft.Approve("manager", null, now);
        draft.MarkPublished("manager", published.Processes[0].Version, now);
        db.Add(draft);
        await db.SaveChangesAsync();
    }

    private async Task<List<FlowDraft>> FileDraftsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Set<FlowDraft>().IgnoreQueryFilters()
            .Where(d => d.ProcessKey == "file_flow" && d.Author == WorkflowFileDeployer.StartUp).ToListAsync();
    }

    private async Task DeployFolderAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowFileDeployer>().DeployAllAsync();
    }

    private async Task<List<int>> VersionsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Set<WorkflowDefinitionRecord>()
            .Where(d => d.Key == "file_flow").OrderBy(d => d.Version).Select(d => d.Version).ToListAsync();
    }
}
