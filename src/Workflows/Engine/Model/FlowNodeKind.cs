namespace Orchestrator.Workflows.Engine.Model;

/// <summary>The BPMN element a flow node was read from.</summary>
public enum FlowNodeKind
{
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    Task,
    UserTask,
    ServiceTask,
    SendTask,
    ReceiveTask,
    ScriptTask,
    BusinessRuleTask,
    ManualTask,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    EventBasedGateway,
    ComplexGateway,
    SubProcess,
    Transaction,
    AdHocSubProcess,
    CallActivity,
}
