using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// Completes a task — an approval too — with what the caller entered. Only a candidate of the same company or
/// the person it is assigned to may; a task someone else holds is a conflict naming them. The values are
/// checked against the step's form (anything the form does not ask for is refused) and nothing changes
/// unless every field is right. When the completion stops the request at a failed step, the outcome carries
/// the incident (<see cref="CommandOutcome.Value"/>) so the person hears why at once.
/// </summary>
public sealed class CompleteTask(
    CompanyTasks tasks, TaskRules rules, OrchestratorDbContext db, IWorkflowRuntime runtime, TimeProvider clock,
    IStringLocalizer<SharedResource> l, Exceptions.IncidentsRaised raised)
{
    public async Task<CommandOutcome> RunAsync(
        StaffMember caller, Guid taskId, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        var place = await tasks.FindAsync(taskId, cancellationToken);
        if (rules.RefuseWork(caller, place) is { } refusal) return refusal;
        var validation = await ValidateAsync(place!, values, cancellationToken);
        if (!validation.IsValid)
            return CommandOutcome.Invalid(validation.Problems.ToDictionary(p => p.Key, p => l[$"FieldProblem_{p.Value}"].Value)) with
            {
                Value = validation,
            };
        try
        {
            var incident = await raised.ByCompletingAsync(taskId,
                () => runtime.CompleteTaskAsync(taskId, validation.Variables, caller.UserName, cancellationToken), cancellationToken);
            // Done either way; when the step after it failed, the caller is told why at once (the request is 异常).
            return incident is null
                ? CommandOutcome.Done
                : CommandOutcome.With(incident) with { Message = l["TaskCompletedStepFailed", incident.StepName, incident.Reason] };
        }
        catch (WorkflowConflictException)
        {
            return rules.Lost(caller, await tasks.FindAsync(taskId, cancellationToken));
        }
    }

    private async Task<FormValidation> ValidateAsync(CompanyTask place, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        if (TaskFormCatalog.Find(place.Task.FormKey) is not { } form) return TaskFormValidator.WithoutForm(values);
        var lastReading = place.Request?.AccountId is { } accountId
            ? await db.MeteringPoints.AsNoTracking().Where(m => m.AccountId == accountId)
                .OrderBy(m => m.Role == MeterRole.Household ? 0 : 1).Select(m => m.LastReadingM3).FirstOrDefaultAsync(ct)
            : null;
        return TaskFormValidator.Validate(form, values, new FormContext(ChinaTime.DateOf(clock.GetUtcNow()), lastReading));
    }
}
