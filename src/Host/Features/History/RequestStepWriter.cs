using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// Writes a <see cref="CompletedStep"/> for every user task a person completes, whichever caller completed it
/// (page, API, batch approval), inside the completing step's own transaction: the line and the step commit
/// together, and a conflict or a failure leaves neither. The answers are the step form's fields as the
/// instance holds them after the step.
/// </summary>
public sealed class RequestStepWriter(OrchestratorDbContext db) : IWorkflowStepParticipant
{
    public async Task OnCommittingAsync(StepCommitting step, CancellationToken cancellationToken)
    {
        foreach (var taskId in step.TaskChanges.Where(c => c.Kind == UserTaskChangeKind.Completed).Select(c => c.TaskId).Distinct())
        {
            // The step holds the task it completes; Find returns that tracked row with who and when.
            if (await db.Set<UserTaskRecord>().FindAsync([taskId], cancellationToken) is not { CompletedBy: { } by, BusinessKey: { } number } task) continue;
            // Someone else completed it first: this step loses on the task's revision; a line now would turn that
            // clean conflict into a duplicate-line failure (one line per task).
            if (!await db.Set<UserTaskRecord>().AsNoTracking().AnyAsync(t => t.Id == taskId && t.Status == UserTaskStatus.Open, cancellationToken)) continue;
            var request = await db.ServiceRequests.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Number == number).Select(r => new { r.Id, r.CompanyId }).FirstOrDefaultAsync(cancellationToken);
            if (request is null) continue;
            var user = await db.Users.AsNoTracking().Where(u => u.UserName == by)
                .Select(u => new { u.DisplayName, u.UnitId }).FirstOrDefaultAsync(cancellationToken);
            var unit = user?.UnitId is { } unitId
                ? await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            db.Add(new CompletedStep
            {
                Id = Guid.NewGuid(), CompanyId = request.CompanyId, RequestId = request.Id, TaskId = task.Id,
                At = task.CompletedAt ?? DateTimeOffset.UtcNow, UserName = by,
                ActorName = string.IsNullOrWhiteSpace(user?.DisplayName) ? by : user.DisplayName, UnitName = unit,
                ElementId = task.ElementId, StepName = task.Name ?? task.ElementId, FormKey = task.FormKey,
                ValuesJson = JsonSerializer.Serialize(Answers(task.FormKey, step.VariablesOf(task.InstanceId))),
            });
        }
    }

    private static Dictionary<string, object?> Answers(string? formKey, IReadOnlyDictionary<string, object?>? variables)
    {
        var answers = new Dictionary<string, object?>();
        if (TaskFormCatalog.Find(formKey) is not { } form || variables is null) return answers;
        foreach (var field in form.Fields)
            if (variables.TryGetValue(field.Name, out var value) && value is not null) answers[field.Name] = value;
        return answers;
    }
}
