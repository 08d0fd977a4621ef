using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>An instance taking part in a step: its row, its process graph and its live state.</summary>
internal sealed record LoadedInstance(WorkflowInstanceRecord Record, ProcessGraph Graph, InstanceState State, bool IsNew);
