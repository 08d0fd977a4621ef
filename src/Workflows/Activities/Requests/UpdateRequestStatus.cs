using Orchestrator.Domain.Requests;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Requests;

/// <summary>Moves the service request along with its flow and writes the step on its timeline.</summary>
[Activity("water.updateRequestStatus", DisplayName = "更新工单状态 Update request status", Category = "工单 Requests",
    Description = "Header 'status': InProgress, Completed, Rejected or Cancelled; header 'text': the timeline line. A refusal takes its reason from the input 'reason'.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("reason", typeof(string), Description = "Why the request was refused or cancelled.")]
[ActivityInput("cancelledBy", typeof(string), Description = "Set by a hand cancellation: the member of staff named as who cancelled.")]
[ActivityOutput("requestStatus", typeof(string))]
public sealed class UpdateRequestStatus : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        var status = Enum.Parse<RequestStatus>(context.Header("status", nameof(RequestStatus.InProgress)), ignoreCase: true);
        var text = context.Header("text", "");
        var (now, actor) = (context.Now(), context.Header("actor", "系统"));
        if (status == RequestStatus.Cancelled && context.Text("cancelledBy") is { Length: > 0 } cancelledBy) actor = cancelledBy.Trim();
        var reason = context.Text("reason") ?? (text.Length > 0 ? text : "未说明原因");
        RequestTimelineEntry? entry = status switch
        {
            RequestStatus.InProgress when request.Status == RequestStatus.Submitted => request.Start(now, actor),
            RequestStatus.InProgress => null,
            RequestStatus.Completed => request.Complete(now, actor, text.Length > 0 ? text : "办结"),
            RequestStatus.Rejected => request.Reject(now, actor, reason),
            // A customer's withdrawal may arrive after the flow has already cancelled the request (won't sign).
            RequestStatus.Cancelled when request.Status == RequestStatus.Cancelled => null,
            RequestStatus.Cancelled => request.Cancel(now, actor, reason),
            _ => throw new InvalidOperationException($"A flow cannot set a request back to {status}."),
        };
        if (status == RequestStatus.InProgress) request.AttachProcess(context.InstanceId);
        // Starting work with a text says it in business language; the domain's own "Work started." would repeat it.
        if (entry is not null && !(status == RequestStatus.InProgress && text.Length > 0)) context.Db().Set<RequestTimelineEntry>().Add(entry);
        if (status == RequestStatus.InProgress && text.Length > 0) RequestRecords.Note(context, request, text, actor);
        return ActivityResult.With("requestStatus", request.Status.ToString());
    }
}
