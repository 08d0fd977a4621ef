using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>Where a thrown error or escalation is caught: a boundary event on an activity, or an event sub-process of a scope.</summary>
internal abstract record EventCatch;

internal sealed record BoundaryCatch(TokenState Activity, EventNode Boundary) : EventCatch;

internal sealed record EventSubProcessCatch(ScopeState Scope, SubProcessNode EventSubProcess, EventNode Start) : EventCatch;

/// <summary>
/// Finds the catcher of an error or escalation, inside out as BPMN (and the peer) does: the boundary events of
/// the throwing activity, then the event sub-processes of its scope, then the boundary events of the enclosing
/// sub-process, and so on up to the process. At each place an exact code match wins over a catch-all.
/// The tokens of multi-instance instances are skipped: their boundary events belong to the body.
/// </summary>
internal sealed class CatchSearch(Step step)
{
    /// <param name="match">2 for an exact match, 1 for a catch-all, 0 when the definition does not catch.</param>
    public EventCatch? Find(TokenState thrower, Func<EventDefinition, int> match)
    {
        for (var candidate = thrower; candidate is not null; candidate = OwnerOf(candidate))
        {
            if (candidate.LoopIndex is not null)
                continue;
            if (Best(step.Graph.BoundaryEvents(candidate.ElementId), match) is { } boundary)
                return new BoundaryCatch(candidate, boundary);
            if (step.State.FindScope(candidate.ScopeId) is { } scope
                && InContainer(step.Graph.ContainerOf(candidate.ElementId), candidate.ElementId, match) is { } found)
                return new EventSubProcessCatch(scope, found.Sub, found.Start);
        }
        return null;
    }

    /// <summary>The token standing on the sub-process or multi-instance activity that encloses this token.</summary>
    public TokenState? OwnerOf(TokenState token)
    {
        for (var scope = step.State.FindScope(token.ScopeId); scope is not null; scope = step.State.FindScope(scope.ParentId))
            if (scope.OwnerTokenId is { } owner)
                return step.State.FindToken(owner);
        return null;
    }

    private static (SubProcessNode Sub, EventNode Start)? InContainer(FlowContainer container, string except, Func<EventDefinition, int> match)
    {
        var candidates = EventSubProcessBehavior.StartsIn(container).Where(x => x.Sub.Id != except).ToList();
        var start = Best(candidates.Select(c => c.Start), match);
        return start is null ? null : candidates.First(c => c.Start == start);
    }

    private static EventNode? Best(IEnumerable<EventNode> events, Func<EventDefinition, int> match) =>
        events.Where(e => e.Definition is not null)
            .Select(e => (Event: e, Score: match(e.Definition!)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Event)
            .FirstOrDefault();
}
