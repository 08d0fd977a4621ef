using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>
/// Every open wait for a customer as one SQL query (the open service-center tasks of <see cref="CustomerWaits.TaskSteps"/>
/// united with the open message waits of <see cref="CustomerWaits.MessageSteps"/>), keyed by request number, for the
/// list, customer 360 and the dashboard to filter, count and page in the database. <see cref="AtStep"/> gives one
/// step's waits alone, one index range in (company, step, open, since, key) order, for the list to page on.
/// </summary>
public static class CustomerWaitRows
{
    public static IQueryable<CustomerWaitRow> Open(DbContext db)
    {
        var taskSteps = CustomerWaits.TaskSteps.Keys.ToList();
        var messageSteps = CustomerWaits.MessageSteps.Keys.ToList();
        return Tasks(db, db.Set<UserTaskRecord>().AsNoTracking().Where(t => taskSteps.Contains(t.ElementId)))
            .Concat(Messages(db, db.Set<MessageSubscriptionRecord>().AsNoTracking().Where(w => messageSteps.Contains(w.ElementId))));
    }

    /// <summary>
    /// The open waits at one step (a task step or a message step of <see cref="CustomerWaits"/>). The company scope is
    /// spelled out besides the context's filter: SQLite seeks no index on the filter's "no scope, or this company".
    /// </summary>
    public static IQueryable<CustomerWaitRow> AtStep(OrchestratorDbContext db, string elementId)
    {
        var company = db.ScopedCompanyId;
        return CustomerWaits.TaskSteps.ContainsKey(elementId)
            ? Tasks(db, db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.ElementId == elementId && (company == null || t.TenantId == company)))
            : Messages(db, db.Set<MessageSubscriptionRecord>().AsNoTracking().Where(w => w.ElementId == elementId && (company == null || w.TenantId == company)));
    }

    private static IQueryable<CustomerWaitRow> Tasks(DbContext db, IQueryable<UserTaskRecord> atSteps) =>
        from task in atSteps
        where task.Status == UserTaskStatus.Open
        select new CustomerWaitRow
        {
            Key = task.Id, RequestNumber = task.BusinessKey, InstanceId = task.InstanceId, ElementId = task.ElementId, StepName = task.Name,
            Since = task.CreatedAt, IsTask = true, Assignee = task.Assignee,
        };

    private static IQueryable<CustomerWaitRow> Messages(DbContext db, IQueryable<MessageSubscriptionRecord> atSteps) =>
        from wait in atSteps
        where wait.IsOpen
        join instance in db.Set<WorkflowInstanceRecord>().AsNoTracking() on wait.InstanceId equals instance.Id
        select new CustomerWaitRow
        {
            Key = wait.Id, RequestNumber = instance.BusinessKey, InstanceId = wait.InstanceId, ElementId = wait.ElementId, StepName = null,
            Since = wait.CreatedAt, IsTask = false, Assignee = null,
        };
}

/// <summary>Member-initialised so the database can unite, order and page on it.</summary>
public sealed class CustomerWaitRow
{
    /// <summary>The waiting row's own id (the task's or the message wait's): the list's tie-break among equal times.</summary>
    public Guid Key { get; init; }
    public string? RequestNumber { get; init; }
    public Guid InstanceId { get; init; }
    public string ElementId { get; init; } = "";
    public string? StepName { get; init; }
    public DateTimeOffset Since { get; init; }
    /// <summary>A service-center task (its id is <see cref="Key"/>) rather than a message wait.</summary>
    public bool IsTask { get; init; }

    /// <summary>
    /// The task, for a task wait. Read from <see cref="Key"/> rather than selected as a column of its own: PostgreSQL
    /// types a bare NULL in a paged branch of the union as text, which will not unite with the tasks' uuid.
    /// </summary>
    public Guid? TaskId => IsTask ? Key : null;
    public string? Assignee { get; init; }
}
