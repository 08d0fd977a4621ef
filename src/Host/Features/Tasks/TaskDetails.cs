using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

public enum TaskAccess
{
    /// <summary>No such task in the user's company (another company's task looks the same).</summary>
    NotFound,

    /// <summary>The task is the company's, but another unit's: refused on the server.</summary>
    Refused,
    Granted,
}

/// <summary>Everything the task page shows: the step and its form, the request (and whether it is stopped at a failed step), the customer, the history, the diagram.</summary>
public sealed record TaskDetails(
    UserTaskRecord Task,
    TaskForm? Form,
    IReadOnlyDictionary<string, object?> Inputs,
    RequestFacts Request,
    CustomerSummary? Customer,
    IReadOnlyList<HistoryLine> History,
    string? DiagramXml,
    SlaStatus Sla,
    bool MayWorkOn,
    bool HasIncident = false);

public sealed record TaskLookup(TaskAccess Access, TaskDetails? Details = null);
