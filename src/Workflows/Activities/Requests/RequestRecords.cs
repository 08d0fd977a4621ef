using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Requests;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Requests;

/// <summary>The service request a step works for, and its timeline.</summary>
public static class RequestRecords
{
    public static async Task<ServiceRequest> LoadAsync(ActivityContext context)
    {
        var id = context.RequestId();
        return await context.Db().Set<ServiceRequest>().FindAsync([id], context.CancellationToken)
            ?? throw new DomainException("request.not-found", $"Service request {id} does not exist.");
    }

    /// <summary>Adds a line to the request's timeline; the engine commits it with the step.</summary>
    public static void Note(ActivityContext context, ServiceRequest request, string text, string? actor = null) =>
        context.Db().Set<RequestTimelineEntry>().Add(
            RequestTimelineEntry.Record(request, context.Now(), actor ?? context.Header("actor", "系统"), text));

    public static async Task NoteAsync(ActivityContext context, string text) => Note(context, await LoadAsync(context), text);
}
