using Mono.Cecil;
using Mono.Cecil.Cil;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Architecture;

/// <summary>
/// Nothing outside the command classes changes the engine: reads the IL of the Host and the Designer and lists
/// every call of a mutating <see cref="IWorkflowRuntime"/> method by the type that makes it (a lambda or an
/// async state machine counts as the type it is written in).
/// </summary>
public sealed class OneDoorTests
{
    /// <summary>The engine's reads; every other method of <see cref="IWorkflowRuntime"/> changes something, new ones included.</summary>
    private static readonly HashSet<string> Reads =
    [
        nameof(IWorkflowRuntime.Validate), nameof(IWorkflowRuntime.GetInstanceAsync), nameof(IWorkflowRuntime.QueryTasksAsync),
        nameof(IWorkflowRuntime.FindTimerAsync), nameof(IWorkflowRuntime.PendingTimersAsync),
    ];

    private static readonly HashSet<string> Mutating =
        [.. typeof(IWorkflowRuntime).GetMethods().Select(m => m.Name).Where(name => !Reads.Contains(name))];

    /// <summary>The commands people's actions go through.</summary>
    private static readonly HashSet<string> Commands =
    [
        "Orchestrator.Host.Features.Tasks.ClaimTask",
        "Orchestrator.Host.Features.Tasks.ReleaseTask",
        "Orchestrator.Host.Features.Tasks.CompleteTask",
        "Orchestrator.Host.Features.Tasks.ReassignTask",
        "Orchestrator.Host.Features.Instances.StartInstance",
        "Orchestrator.Host.Features.Instances.CancelInstance",
        "Orchestrator.Host.Features.Definitions.DeployDefinition",
        "Orchestrator.Host.Features.Messages.PublishMessage",
        "Orchestrator.Host.Features.Messages.PublishMessageToInstance",
        "Orchestrator.Host.Features.Signals.BroadcastSignal",
        "Orchestrator.Host.Features.Exceptions.RetryIncident",
    ];

    /// <summary>System callers, each for one reason: nobody's request passes through them unchecked.</summary>
    private static readonly HashSet<string> SystemCallers =
    [
        "Orchestrator.Host.Workflows.WorkflowFileDeployer", // deploys workflows/*.bpmn at start-up
        "Orchestrator.Host.Scheduling.FireWorkflowTimerJob", // fires a due timer
        "Orchestrator.Host.Scheduling.Refunds.DepositRefundJob", // starts the deposit refund when it is due
        "Orchestrator.Host.Requests.RequestIntakeService", // starts a request's flow after the intake's checks
        "Orchestrator.Host.Requests.PaymentCallbackService", // the ledger: a bill really settled resumes its flow
        "Orchestrator.Designer.Drafts.DraftLifecycle", // publishes a flow after the designer's review
    ];

    [Fact]
    public void Only_commands_and_the_listed_system_callers_change_the_engine()
    {
        var callers = MutatingCallers();

        var strangers = callers.Where(c => !Commands.Contains(c.Caller) && !SystemCallers.Contains(c.Caller))
            .Select(c => $"{c.Caller} calls {c.Method}").ToList();
        Assert.True(strangers.Count == 0, "Outside the commands: " + string.Join("; ", strangers));
    }

    [Fact]
    public void Every_command_is_found_calling_the_engine_so_the_scan_sees_real_call_sites()
    {
        var callers = MutatingCallers().Select(c => c.Caller).ToHashSet();

        Assert.All(Commands, command => Assert.Contains(command, callers));
    }

    private static List<(string Caller, string Method)> MutatingCallers()
    {
        var found = new List<(string, string)>();
        foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Orchestrator.Designer.Drafts.DraftLifecycle).Assembly })
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            foreach (var type in module.GetTypes())
            foreach (var method in type.Methods.Where(m => m.HasBody))
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Ldftn or Code.Ldvirtftn)) continue;
                if (instruction.Operand is not MethodReference called || !Mutating.Contains(called.Name)) continue;
                if (called.DeclaringType.FullName is not ("Orchestrator.Workflows.Engine.Facade.IWorkflowRuntime"
                    or "Orchestrator.Workflows.Engine.Facade.WorkflowRuntime")) continue;
                found.Add((WrittenIn(type).FullName, called.Name));
            }
        }
        return found;
    }

    /// <summary>The type a compiler-generated closure or state machine was written in.</summary>
    private static TypeDefinition WrittenIn(TypeDefinition type)
    {
        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer) type = outer;
        return type;
    }
}
