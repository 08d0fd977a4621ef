using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// Deploys the BPMN files of the workflows folder at start-up: a file whose content was never deployed
/// becomes a new version; a file deployed before (as any version) is left alone, so a flow a process owner
/// changed and published in the designer is not undone by the next restart; an invalid file is reported
/// with its element ids and left undeployed.
/// </summary>
public sealed class WorkflowFileDeployer(
    IWorkflowRuntime runtime, OrchestratorDbContext db, IOptions<WorkflowsOptions> options, IHostEnvironment environment,
    ILogger<WorkflowFileDeployer> logger)
{
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
            var result = await runtime.DeployAsync(xml, "system:start-up", cancellationToken);
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
