using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Timers;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>What a step needs from the container, gathered in one place (scoped).</summary>
public sealed record EngineServices(
    IWorkflowStore Store,
    ProcessModelCache Models,
    ProcessExecutor Executor,
    IExpressionEvaluator Expressions,
    IWorkingCalendar Calendar,
    TimeProvider Clock,
    IActivityCatalog Activities,
    IServiceProvider Services,
    OutboxDispatcher Outbox,
    DefinitionValidator Validator,
    WorkflowEngineOptions Options,
    StepListeners Listeners,
    InstanceStateCache States);
