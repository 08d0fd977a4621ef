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
    RequestFacts Request,
    CustomerSummary? Customer,
    IReadOnlyList<HistoryLine> History,
    string? DiagramXml,
    SlaStatus Sla,
    bool MayWorkOn,
    bool HasIncident = false)
{
    /// <summary>Account, arrears, amounts and missing documents in the reader's language (<see cref="StepFacts"/>).</summary>
    public IReadOnlyList<StepFact> Facts { get; init; } = [];

    /// <summary>Who holds (or completed) the step, as colleagues know them: the display name, else the user name.</summary>
    public string? HolderName { get; init; }

    /// <summary>The flow's elements the request already reached before this step (engine history): the path the diagram marks.</summary>
    public IReadOnlyList<string> PathTaken { get; init; } = [];
}

public sealed record TaskLookup(TaskAccess Access, TaskDetails? Details = null);
