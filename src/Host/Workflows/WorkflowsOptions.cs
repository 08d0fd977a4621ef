using Orchestrator.Workflows.Engine.Hosting;

namespace Orchestrator.Host.Workflows;

public sealed class WorkflowsOptions
{
    public const string Section = "Workflows";

    /// <summary>Folder of the request flows' BPMN files, deployed at start-up when missing or changed.</summary>
    public string Folder { get; set; } = "";

    public WorkflowEngineOptions Engine { get; set; } = new();
}
