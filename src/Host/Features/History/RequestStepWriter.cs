using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// Writes a <see cref="CompletedStep"/> for every user task a person completes, whichever caller completed it
/// (page, API, batch approval): the engine tells every step listener after the completing step committed.
/// The answers are the step form's fields read from the instance right after that commit.
/// A listener must not throw; a step that cannot be recorded is logged.
/// </summary>
public sealed class RequestStepWriter(IServiceScopeFactory scopes, ILogger<RequestStepWriter> log) : IWorkflowStepListener
{
    public async Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        var completed = changes.Where(c => c.Kind == UserTaskChangeKind.Completed).Select(c => c.TaskId).Distinct().ToList();
        if (completed.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await WriteAsync(scope.ServiceProvider, completed, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            log.LogError(e, "The history of completed tasks {Tasks} could not be written.", completed);
        }
    }

    private static async Task WriteAsync(IServiceProvider services, List<Guid> taskIds, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OrchestratorDbContext>();
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        var tasks = await db.Set<UserTaskRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => taskIds.Contains(t.Id) && t.CompletedBy != null && t.BusinessKey != null).ToListAsync(cancellationToken);
        var recorded = await db.Set<CompletedStep>().IgnoreQueryFilters().Where(s => taskIds.Contains(s.TaskId)).Select(s => s.TaskId).ToListAsync(cancellationToken);
        foreach (var task in tasks.Where(t => !recorded.Contains(t.Id)))
        {
            var request = await db.ServiceRequests.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Number == task.BusinessKey).Select(r => new { r.Id, r.CompanyId }).FirstOrDefaultAsync(cancellationToken);
            if (request is null) continue;
            var user = await db.Users.AsNoTracking().Where(u => u.UserName == task.CompletedBy)
                .Select(u => new { u.DisplayName, u.UnitId }).FirstOrDefaultAsync(cancellationToken);
            var unit = user?.UnitId is { } unitId
                ? await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            var variables = (await runtime.GetInstanceAsync(task.InstanceId, cancellationToken))?.Variables;
            db.Add(new CompletedStep
            {
                Id = Guid.NewGuid(), CompanyId = request.CompanyId, RequestId = request.Id, TaskId = task.Id,
                At = task.CompletedAt ?? DateTimeOffset.UtcNow, UserName = task.CompletedBy!,
                ActorName = string.IsNullOrWhiteSpace(user?.DisplayName) ? task.CompletedBy! : user.DisplayName, UnitName = unit,
                ElementId = task.ElementId, StepName = task.Name ?? task.ElementId, FormKey = task.FormKey,
                ValuesJson = JsonSerializer.Serialize(Answers(task.FormKey, variables)),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
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
