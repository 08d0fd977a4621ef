using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>Loads a task for the task page, after checking on the server that it is the user's to see.</summary>
public sealed class TaskDetailsQuery(
    OrchestratorDbContext db, CompanyTasks tasks, TaskRules rules, CustomerAccountsQuery customers, RequestHistoryQuery history, SlaClock sla)
{
    public async Task<TaskLookup> LoadAsync(StaffMember staff, Guid taskId, CancellationToken cancellationToken = default)
    {
        var place = await tasks.FindAsync(taskId, cancellationToken);
        if (place?.Request is not { } request) return new TaskLookup(TaskAccess.NotFound);
        if (!rules.MaySee(staff, place)) return new TaskLookup(TaskAccess.Refused);
        var task = place.Task;

        var flow = await (
                from instance in db.Set<WorkflowInstanceRecord>().AsNoTracking()
                where instance.Id == task.InstanceId
                join definition in db.Set<WorkflowDefinitionRecord>().AsNoTracking() on instance.DefinitionId equals definition.Id
                select new { definition.Xml, instance.VariablesJson })
            .SingleOrDefaultAsync(cancellationToken);
        var passed = await db.Set<HistoryRecord>().AsNoTracking()
            .Where(h => h.InstanceId == task.InstanceId && h.Event == "started" && h.ElementId != task.ElementId).Select(h => h.ElementId).Distinct().ToListAsync(cancellationToken);
        var holder = task.Assignee ?? task.CompletedBy;
        var holderName = holder is null ? null
            : await db.Users.AsNoTracking().Where(u => u.UserName == holder).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var facts = RequestFacts.Of(request);
        var customer = request.CustomerId is { } customerId ? await customers.LoadAsync(customerId, cancellationToken) : null;
        return new TaskLookup(TaskAccess.Granted, new TaskDetails(
            task,
            TaskFormCatalog.Find(task.FormKey),
            facts,
            customer,
            await history.LoadAsync(request.Id, request.Number, cancellationToken),
            flow?.Xml,
            sla.StatusOf(task.DueAt),
            rules.RefuseWork(staff, place) is null,
            await Exceptions.RequestIncidents.OpenNumbers(db).ContainsAsync(request.Number, cancellationToken))
        {
            Facts = StepFacts.Of(facts, customer, VariablesJson.Deserialize(flow?.VariablesJson), System.Globalization.CultureInfo.CurrentUICulture),
            PathTaken = passed,
            HolderName = string.IsNullOrWhiteSpace(holderName) ? holder : holderName,
        });
    }
}
