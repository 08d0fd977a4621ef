using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>Tasks with a deadline completed from a moment on (and before another), counted on time and late per candidate-group list, in SQL.</summary>
public static class CompletionCounts
{
    public static Task<List<GroupCompletions>> OfAsync(
        IQueryable<UserTaskRecord> tasks, DateTimeOffset from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var completed = tasks.AsNoTracking()
            .Where(t => t.Status == UserTaskStatus.Completed && t.DueAt != null && t.CompletedAt >= from);
        if (until is { } end) completed = completed.Where(t => t.CompletedAt < end);
        return completed
            .GroupBy(t => t.CandidateGroups)
            .Select(g => new GroupCompletions(g.Key, g.Count(t => t.CompletedAt <= t.DueAt), g.Count(t => t.CompletedAt > t.DueAt)))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Completions of the tasks of one candidate-group list (",a,b,").</summary>
public sealed record GroupCompletions(string CandidateGroups, int OnTime, int Late);
