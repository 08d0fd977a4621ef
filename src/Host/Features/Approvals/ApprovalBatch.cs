using System.Security.Claims;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Approvals;

/// <summary>How a batch went; <see cref="StepFailures"/> says, for each decision whose next step failed (异常), why.</summary>
public sealed record BatchResult(int Done, int Conflicts, int Refused, IReadOnlyList<string>? StepFailures = null);

/// <summary>
/// Approves or rejects several approval steps with one comment. Each is its own step in its own scope,
/// so one that a colleague decided first spoils none of the others.
/// </summary>
public sealed class ApprovalBatchWork(WorkplaceOperations operations)
{
    public async Task<BatchResult> DecideAsync(ClaimsPrincipal user, StaffMember staff, ApprovalDecision decision, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, object?> { ["approved"] = decision.Approved, ["comment"] = decision.Comment };
        var outcomes = new List<CommandOutcome>();
        foreach (var taskId in decision.TaskIds)
        {
            await using var operation = operations.Open(user);
            outcomes.Add(await operation.Get<CompleteTask>().RunAsync(staff, taskId, values, cancellationToken));
        }
        List<string> failures = [.. outcomes.Where(o => o is { Kind: OutcomeKind.Done, Value: Exceptions.OpenIncident, Message: not null }).Select(o => o.Message!)];
        return new BatchResult(
            outcomes.Count(o => o.Kind == OutcomeKind.Done),
            outcomes.Count(o => o.Kind == OutcomeKind.Conflict),
            outcomes.Count(o => o.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden or OutcomeKind.Invalid),
            failures.Count == 0 ? null : failures);
    }
}
