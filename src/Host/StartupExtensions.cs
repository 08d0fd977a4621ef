using Orchestrator.Host.Demo;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host;

public static class StartupExtensions
{
    /// <summary>
    /// Before serving: migrate and seed, deploy the workflow files, give pending timers and refunds their jobs. The first
    /// two run under a start-up lock so several nodes starting together do not race each other.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using (await StartupLock.AcquireAsync(app.Services))
        {
            await app.PrepareDatabaseAsync();
            await app.DeployWorkflowsAsync();
        }
        await app.ReconcileTimersAsync();
        await app.ReconcileDepositRefundsAsync();
    }
}
