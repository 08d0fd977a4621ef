using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Features.Approvals;

/// <summary>
/// The approval steps in the user's inbox (form "approval"), with the amount the flow is deciding on: the
/// final accounts when there are some (the VP's check before water-on), otherwise the budget. A page at a time in
/// the inbox's keyset order (<see cref="OpenTasksQuery"/>), with the page's amounts and addresses in two more commands.
/// </summary>
public sealed class PendingApprovalsQuery(OrchestratorDbContext db, OpenTasksQuery tasks)
{
    public const string ApprovalForm = "approval";

    public async Task<ApprovalPage> PageAsync(
        StaffMember staff, InboxCursor? after = null, int size = OpenTasksQuery.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var page = await tasks.PageAsync(staff, new InboxFilter(FormKey: ApprovalForm), after, size, cancellationToken);
        var open = page.Items;
        var ids = open.Select(t => t.TaskId).ToList();
        var variables = await (
                from task in db.Set<UserTaskRecord>().AsNoTracking()
                where ids.Contains(task.Id)
                join instance in db.Set<WorkflowInstanceRecord>().AsNoTracking() on task.InstanceId equals instance.Id
                select new { task.Id, instance.VariablesJson })
            .ToDictionaryAsync(r => r.Id, r => VariablesJson.Deserialize(r.VariablesJson), cancellationToken);
        var numbers = open.Select(t => t.RequestNumber).ToList();
        var addresses = await db.ServiceRequests.AsNoTracking().Where(r => numbers.Contains(r.Number))
            .ToDictionaryAsync(r => r.Number, r => r.Address, cancellationToken);
        return new ApprovalPage([.. open.Select(t =>
        {
            var vars = variables.GetValueOrDefault(t.TaskId) ?? [];
            return new ApprovalItem(t.TaskId, t.RequestNumber, t.RequestType, t.CustomerName, addresses.GetValueOrDefault(t.RequestNumber, ""),
                t.StepName, Amount(vars, "finalAmount") ?? Amount(vars, "amount"), vars.GetValueOrDefault("designSummary") as string, t.Assignee, t.Sla);
        })], page.Next);
    }

    private static decimal? Amount(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.GetValueOrDefault(name) is { } value && decimal.TryParse(
            Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
}
