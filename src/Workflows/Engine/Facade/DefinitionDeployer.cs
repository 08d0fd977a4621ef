using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Stores each executable process under its id as key. Identical content is a no-op; changed content is
/// version n+1. An invalid file is rejected with all its errors and nothing is stored. Timer start events are
/// scheduled for the new version in the same commit (<see cref="StartTimers"/>).
/// </summary>
internal sealed class DefinitionDeployer(EngineServices engine)
{
    public async Task<DeploymentResult> DeployAsync(string xml, string? deployedBy, CancellationToken cancellationToken)
    {
        var report = engine.Validator.Validate(xml);
        if (!report.Valid)
            return new DeploymentResult(report, []);
        var hash = DefinitionContent.Hash(xml);
        var deployed = new List<DeployedProcess>();
        foreach (var process in report.Definitions!.Processes.Where(p => p.IsExecutable))
        {
            var latest = await engine.Store.LatestDefinitionAsync(process.Id, cancellationToken);
            if (latest?.ContentHash == hash)
            {
                deployed.Add(new DeployedProcess(latest.Id, latest.Key, latest.Version, Unchanged: true));
                continue;
            }
            var record = new WorkflowDefinitionRecord
            {
                Key = process.Id, Version = (latest?.Version ?? 0) + 1, Name = process.Name, Xml = xml,
                ContentHash = hash, DeployedAt = engine.Clock.GetUtcNow(), DeployedBy = deployedBy,
            };
            engine.Store.Add(record);
            await new StartTimers(engine).ScheduleAsync(record, process, cancellationToken);
            deployed.Add(new DeployedProcess(record.Id, record.Key, record.Version, Unchanged: false));
        }
        await engine.Store.SaveChangesAsync(cancellationToken);
        if (engine.Options.DispatchOutboxAfterCommit)
            await engine.Outbox.DispatchStagedAsync(cancellationToken);
        var changed = deployed.Where(d => !d.Unchanged).Select(d => d.Key).ToList();
        if (changed.Count > 0)
            foreach (var listener in engine.Services.GetServices<IDefinitionDeploymentListener>())
                await listener.OnDeployedAsync(changed, cancellationToken);
        return new DeploymentResult(report, deployed);
    }
}
