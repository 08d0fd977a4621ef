using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Service;

/// <summary>
/// 投诉处理结果: records how a complaint was settled — on the spot or by the responsible department — and
/// the reply given to the customer (seed 003: listen, explain, apologise, solve, follow up, reply).
/// </summary>
[Activity("water.recordComplaintResolution", DisplayName = "记录投诉处理结果 Record complaint resolution", Category = "客户服务 Service",
    Description = "Writes resolution and reply on the timeline; outcome 'at-fault' when the utility was at fault.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("solvedOnSpot", typeof(bool))]
[ActivityInput("department", typeof(string))]
[ActivityInput("resolution", typeof(string))]
[ActivityInput("utilityAtFault", typeof(bool))]
[ActivityInput("reply", typeof(string), Required = true)]
[ActivityOutcome("at-fault")]
[ActivityOutcome("not-at-fault")]
public sealed class RecordComplaintResolution : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        var atFault = context.Flag("utilityAtFault");
        var how = context.Flag("solvedOnSpot") ? "当场解决" : $"转{context.Text("department") ?? "责任部门"}处理：{context.Text("resolution") ?? ""}";
        RequestRecords.Note(context, request, $"投诉{how}{(atFault ? "（属我方责任，已致歉）" : "")}。");
        RequestRecords.Note(context, request, "答复客户：" + (context.Text("reply") ?? "已答复"));
        return new ActivityResult(new Dictionary<string, object?>(), atFault ? "at-fault" : "not-at-fault");
    }
}
