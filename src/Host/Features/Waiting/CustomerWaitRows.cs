using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>
/// Every open wait for a customer as one SQL query (the open service-center tasks of <see cref="CustomerWaits.TaskSteps"/>
/// united with the open message waits of <see cref="CustomerWaits.MessageSteps"/>), keyed by request number, for the
/// list, customer 360 and the dashboard to filter, count and page in the database.
/// </summary>
public static class CustomerWaitRows
{
    public static IQueryable<CustomerWaitRow> Open(DbContext db)
    {
        var taskSteps = CustomerWaits.TaskSteps.Keys.ToList();
        var messageSteps = CustomerWaits.MessageSteps.Keys.ToList();
        var tasks =
            from task in db.Set<UserTaskRecord>().AsNoTracking()
            where task.Status == UserTaskStatus.Open && taskSteps.Contains(task.ElementId)
            select new CustomerWaitRow
            {
                RequestNumber = task.BusinessKey, InstanceId = task.InstanceId, ElementId = task.ElementId, StepName = task.Name,
                Since = task.CreatedAt, TaskId = task.Id, Assignee = task.Assignee,
            };
        var messages =
            from wait in db.Set<MessageSubscriptionRecord>().AsNoTracking()
            where wait.IsOpen && messageSteps.Contains(wait.ElementId)
            join instance in db.Set<WorkflowInstanceRecord>().AsNoTracking() on wait.InstanceId equals instance.Id
            select new CustomerWaitRow
            {
                RequestNumber = instance.BusinessKey, InstanceId = wait.InstanceId, ElementId = wait.ElementId, StepName = null,
                Since = wait.CreatedAt, TaskId = null, Assignee = null,
            };
        return tasks.Concat(messages);
    }
}

/// <summary>Member-initialised so the database can unite, order and page on it.</summary>
public sealed class CustomerWaitRow
{
    public string? RequestNumber { get; init; }
    public Guid InstanceId { get; init; }
    public string ElementId { get; init; } = "";
    public string? StepName { get; init; }
    public DateTimeOffset Since { get; init; }
    public Guid? TaskId { get; init; }
    public string? Assignee { get; init; }
}
