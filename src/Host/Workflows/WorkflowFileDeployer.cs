using Microsoft.Extensions.Options;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// Deploys the BPMN files of the workflows folder at start-up: a new or changed file becomes a new version,
/// an unchanged one is a no-op, an invalid one is reported with its element ids and left undeployed.
/// </summary>
public sealed class WorkflowFileDeployer(
    IWorkflowRuntime runtime, IOptions<WorkflowsOptions> options, IHostEnvironment environment, ILogger<WorkflowFileDeployer> logger)
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
            var result = await runtime.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken), "system:start-up", cancellationToken);
            Report(Path.GetFileName(file), result);
            results.Add(result);
        }
        return results;
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
