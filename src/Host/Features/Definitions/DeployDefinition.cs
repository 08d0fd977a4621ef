using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Definitions;

/// <summary>
/// Deploys BPMN XML through the API: administrators only. A process that requests run and that is already
/// live changes only through the designer's review (draft, validation, approval, publish), never by upload.
/// </summary>
public sealed class DeployDefinition(OrchestratorDbContext db, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, string xml, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        foreach (var key in ProcessKeys(xml).Where(RequestProcesses.AllKeys.Contains))
            if (await db.Set<WorkflowDefinitionRecord>().AnyAsync(d => d.Key == key, cancellationToken))
                return CommandOutcome.Forbidden(l["Refusal_FlowInUse", key]);
        return CommandOutcome.With(await runtime.DeployAsync(xml, caller.UserName, cancellationToken));
    }

    private static IEnumerable<string> ProcessKeys(string xml)
    {
        try
        {
            return [.. XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == "process")
                .Select(e => (string?)e.Attribute("id")).OfType<string>()];
        }
        catch (System.Xml.XmlException)
        {
            return []; // the engine's validation reports the broken file, element by element
        }
    }
}
