using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// A user task whose input <c>dueBy</c> holds a date-time is due then, not a duration after it was created:
/// the seed starts some clocks before the task exists (construction 30 days from payment, the meter card 30
/// days from completion, the hand-off at today's 17:00 cut-off). The flow computes the moment
/// (<c>water.deadline</c>, <c>water.sameDayCutOff</c>) and maps it into the task; this sets the inbox due date
/// right after the step that created the task has committed.
/// </summary>
public sealed class TaskDueByInput(IServiceScopeFactory scopes, ILogger<TaskDueByInput> log) : IWorkflowStepListener
{
    public const string InputName = "dueBy";

    public async Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        var created = changes.Where(c => c.Kind == UserTaskChangeKind.Created).Select(c => c.TaskId).ToList();
        if (created.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            var tasks = await db.Set<UserTaskRecord>().IgnoreQueryFilters()
                .Where(t => created.Contains(t.Id) && t.FormFieldsJson.Contains("\"" + InputName + "\""))
                .ToListAsync(cancellationToken);
            foreach (var task in tasks)
                if (DueBy(task.FormFieldsJson) is { } due) task.DueAt = due.ToUniversalTime();
            if (tasks.Count > 0) await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The task keeps the due date of its BPMN duration (or none); the escalation timer still uses dueBy.
            log.LogWarning(e, "Could not set the due date of tasks {Tasks} from their '{Input}' input.", created, InputName);
        }
    }

    private static DateTimeOffset? DueBy(string inputsJson) =>
        VariablesJson.Deserialize(inputsJson).GetValueOrDefault(InputName) is { } value
        && DateTimeOffset.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            ? due
            : null;
}
