using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Event sub-processes. While a scope (the process or an embedded sub-process) is active, the message and
/// timer starts of its event sub-processes wait as bookmarks of the scope itself (no token stands on them);
/// error and escalation starts are found by <see cref="CatchSearch"/> when something is thrown. An
/// interrupting start cancels every token of the scope and its other bookmarks; a non-interrupting one runs
/// beside them and keeps waiting (a cycling timer schedules its next repetition). The triggered event
/// sub-process runs as a sub-process instance of the scope, which completes when that has ended too.
/// </summary>
internal sealed class EventSubProcessBehavior(Step step)
{
    /// <summary>The id of the stand-in token a scope's bookmarks are opened for; it never joins the instance.</summary>
    public const string ScopeListenerId = "";

    public static bool IsScopeListener(TokenState token) => token.Id == ScopeListenerId;

    /// <summary>The event sub-processes directly in a container with their single start event.</summary>
    public static IEnumerable<(SubProcessNode Sub, EventNode Start)> StartsIn(FlowContainer container) =>
        container.Nodes.OfType<SubProcessNode>().Where(s => s.TriggeredByEvent)
            .Select(s => (Sub: s, Start: s.Content.Nodes.OfType<EventNode>().FirstOrDefault(e => e.Kind == FlowNodeKind.StartEvent)))
            .Where(x => x.Start is not null)
            .Select(x => (x.Sub, x.Start!));

    /// <summary>A new scope begins: the event sub-processes that wait for something start waiting.</summary>
    public void Open(ScopeState scope, FlowContainer container)
    {
        var listener = new TokenState { Id = ScopeListenerId, ScopeId = scope.Id, ElementId = scope.ElementId };
        foreach (var (_, start) in StartsIn(container))
            if (WaitsFor(start.Definition))
                step.Waits.ForEvent(listener, start.Definition!, start.Id);
    }

    /// <summary>The scope ended or was cancelled: its event sub-processes stop waiting.</summary>
    public void Close(ScopeState scope)
    {
        foreach (var wait in step.State.Waits.Where(w => w.ScopeId == scope.Id).ToList())
            step.Waits.Close(wait, cancelled: true);
    }

    /// <summary>A message or timer arrived for a scope's bookmark.</summary>
    public void Occur(WaitState wait, Vars variables)
    {
        if (step.State.FindScope(wait.ScopeId) is not { } scope || step.Graph.Node(wait.ElementId) is not EventNode start)
            return;
        var sub = step.Graph.Process.Content.AllNodes().OfType<SubProcessNode>()
            .First(s => s.TriggeredByEvent && s.Content.Nodes.Contains(start));
        if (start.CancelActivity || wait.Kind != WaitKind.Message)
            step.Waits.Close(wait, cancelled: false);
        if (!start.CancelActivity && wait.Kind == WaitKind.Timer && wait.RemainingRepetitions is null or > 0)
            step.Waits.Repeat(new TokenState { Id = ScopeListenerId, ScopeId = scope.Id }, wait);
        Trigger(scope, sub, start, variables);
    }

    /// <summary>Starts an instance of <paramref name="sub"/> in <paramref name="scope"/>, first cancelling the scope's work if it interrupts.</summary>
    public void Trigger(ScopeState scope, SubProcessNode sub, EventNode start, Vars variables)
    {
        if (start.CancelActivity)
        {
            Close(scope);
            foreach (var token in step.State.Tokens.Where(t => t.ScopeId == scope.Id).ToList())
                step.Cancellation.CancelToken(token);
        }
        var owner = new TokenState { ScopeId = scope.Id, ElementId = sub.Id, Status = TokenStatus.Waiting };
        step.State.Tokens.Add(owner);
        step.History(sub, "started", start.Id);
        var content = new ScopeState { ParentId = scope.Id, ElementId = sub.Id, OwnerTokenId = owner.Id };
        step.State.Scopes.Add(content);
        owner.ChildScopeId = content.Id;
        var inner = new TokenState { ScopeId = content.Id, ElementId = start.Id };
        step.State.Tokens.Add(inner);
        step.Runner.Guarded(inner, () =>
        {
            step.Variables.ApplyOutputs(start, content.Id, variables);
            Open(content, sub.Content);
            step.Schedule(inner);
        });
    }

    /// <summary>The start triggers that are bookmarks; signal starts join here once signals are executed.</summary>
    private static bool WaitsFor(EventDefinition? definition) => definition is MessageEventDefinition or TimerEventDefinition;
}
