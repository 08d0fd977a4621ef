using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Service;

/// <summary>回访结果: writes the outcome of the follow-up call on the request's timeline.</summary>
[Activity("water.recordFollowUpCall", DisplayName = "记录回访结果 Record follow-up call", Category = "客户服务 Service",
    Description = "Outcome is the call's result: satisfied, unsatisfied or unreachable.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("callOutcome", typeof(string), Required = true)]
[ActivityInput("note", typeof(string))]
[ActivityOutcome("satisfied")]
[ActivityOutcome("unsatisfied")]
[ActivityOutcome("unreachable")]
public sealed class RecordFollowUpCall : IActivity
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["satisfied"] = "满意", ["unsatisfied"] = "不满意", ["unreachable"] = "联系不上",
    };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var outcome = context.Text("callOutcome") ?? "unreachable";
        var note = context.Text("note") is { } text ? "：" + text : "";
        await RequestRecords.NoteAsync(context, $"回访结果：{Labels.GetValueOrDefault(outcome, outcome)}{note}");
        return new ActivityResult(new Dictionary<string, object?>(), outcome);
    }
}
