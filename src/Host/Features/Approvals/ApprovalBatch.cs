using System.Security.Claims;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Approvals;

public sealed record BatchResult(int Done, int Conflicts, int Refused);

/// <summary>
/// Approves or rejects several approval steps with one comment. Each is its own step in its own scope,
/// so one that a colleague decided first spoils none of the others.
/// </summary>
public sealed class ApprovalBatchWork(WorkplaceOperations operations)
{
    public async Task<BatchResult> DecideAsync(ClaimsPrincipal user, StaffMember staff, ApprovalDecision decision, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, object?> { ["approved"] = decision.Approved, ["comment"] = decision.Comment };
        var outcomes = new List<OutcomeKind>();
        foreach (var taskId in decision.TaskIds)
        {
            await using var operation = operations.Open(user);
            outcomes.Add((await operation.Get<CompleteTask>().RunAsync(staff, taskId, values, cancellationToken)).Kind);
        }
        return new BatchResult(
            outcomes.Count(o => o == OutcomeKind.Done),
            outcomes.Count(o => o == OutcomeKind.Conflict),
            outcomes.Count(o => o is OutcomeKind.NotFound or OutcomeKind.Forbidden or OutcomeKind.Invalid));
    }
}
