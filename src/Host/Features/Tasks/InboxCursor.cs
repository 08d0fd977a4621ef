namespace Orchestrator.Host.Features.Tasks;

/// <summary>Where the next inbox page starts: after this task in (deadline, created, task) order.</summary>
public sealed record InboxCursor(DateTimeOffset DueAt, DateTimeOffset CreatedAt, Guid TaskId);

/// <summary>One page of an inbox, in deadline order; <see cref="Next"/> is null on the last page.</summary>
public sealed record OpenTasksPage(IReadOnlyList<InboxItem> Items, InboxCursor? Next);
