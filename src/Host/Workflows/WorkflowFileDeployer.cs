using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Designer.Drafts;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// Deploys the BPMN files of the workflows folder at start-up under one rule (ADR-006): the files are the
/// shipped defaults. A file whose content was deployed before is left alone. A changed file becomes the next
/// version only while every version of its flow came from the files; once someone published the flow from the
/// designer, the changed file arrives as a draft for review in the designer of the company that published,
/// never live. An invalid file is reported with its element ids and left undeployed.
/// </summary>
public sealed class WorkflowFileDeployer(
    IWorkflowRuntime runtime, OrchestratorDbContext db, IOptions<WorkflowsOptions> options, IHostEnvironment environment,
    TimeProvider clock, ILogger<WorkflowFileDeployer> logger)
{
    public const string StartUp = "system:start-up";

    public async Task<IReadOnlyList<DeploymentResult>> DeployAllAsync(CancellationToken cancellationToken = default)
    {
        var folder = WorkflowsFolder.Resolve(options.Value.Folder, environment.ContentRootPath);
        if (folder is null)
        {
            logger.LogWarning("No workflows folder found (Workflows:Folder); no request flows were deployed.");
            return [];
        }
        var results = new List<DeploymentResult>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order())
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            if (await WasDeployedAsync(xml, cancellationToken)) continue;
            if (await PublishedFromDesignerAsync(ProcessKeys(xml), cancellationToken) is { } published)
            {
                await OfferAsDraftAsync(Path.GetFileName(file), xml, published, cancellationToken);
                continue;
            }
            var result = await runtime.DeployAsync(xml, StartUp, cancellationToken);
            Report(Path.GetFileName(file), result);
            results.Add(result);
        }
        return results;
    }

    private async Task<bool> WasDeployedAsync(string xml, CancellationToken cancellationToken)
    {
        var hash = DefinitionContent.Hash(xml);
        return await db.Set<WorkflowDefinitionRecord>().AnyAsync(d => d.ContentHash == hash, cancellationToken);
    }

    /// <summary>The latest version of a flow in the file when someone other than start-up deployed it.</summary>
    private async Task<WorkflowDefinitionRecord?> PublishedFromDesignerAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            var latest = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key == key)
                .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && latest.DeployedBy != StartUp) return latest;
        }
        return null;
    }

    private async Task OfferAsDraftAsync(string file, string xml, WorkflowDefinitionRecord published, CancellationToken cancellationToken)
    {
        var drafts = db.Set<FlowDraft>().IgnoreQueryFilters();
        var publisher = await drafts.Where(d => d.ProcessKey == published.Key && d.PublishedVersion != null)
            .OrderByDescending(d => d.PublishedVersion).Select(d => (Guid?)d.CompanyId).FirstOrDefaultAsync(cancellationToken);
        if (publisher is not { } companyId)
        {
            logger.LogWarning("{File} changed, but {Key} version {Version} was deployed by {By} outside the designer; the file was not deployed. " +
                              "Open the flow in the designer to take the file's changes.", file, published.Key, published.Version, published.DeployedBy);
            return;
        }
        var pending = await drafts.Where(d => d.ProcessKey == published.Key && d.Status != DraftStatus.Published)
            .Select(d => d.Xml).ToListAsync(cancellationToken);
        if (pending.Contains(xml)) return;
        db.Add(FlowDraft.Start(companyId, published.Key, published.Version, xml, StartUp,
            $"{file} 已更新；流程已在设计器发布（版本 {published.Version}），文件改动作为草稿待审核。 The shipped file changed after a designer publish: review it as a draft.",
            clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("{File} changed after {Key} was published from the designer (version {Version}); it was saved as a draft for review, not deployed.",
            file, published.Key, published.Version);
    }

    private static IReadOnlyList<string> ProcessKeys(string xml)
    {
        try
        {
            return [.. XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == "process")
                .Select(e => (string?)e.Attribute("id")).OfType<string>()];
        }
        catch (System.Xml.XmlException)
        {
            return []; // the engine reports the broken file when it refuses to deploy it
        }
    }

    private void Report(string file, DeploymentResult result)
    {
        if (!result.Deployed)
        {
            foreach (var error in result.Report.Errors)
                logger.LogError("{File} was not deployed: [{Element}] {Message}", file, error.ElementId, error.Message);
            return;
        }
        foreach (var process in result.Processes.Where(p => !p.Unchanged))
            logger.LogInformation("Deployed {File}: {Key} version {Version}", file, process.Key, process.Version);
    }
}
