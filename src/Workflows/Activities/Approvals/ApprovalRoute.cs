using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Approvals;

/// <summary>
/// 审批路线: a project of the threshold amount or more also needs the vice-president in charge (seed 004:
/// 10万元以上工程). The threshold is the task header 'vpThreshold', so process owners change it in the designer.
/// </summary>
[Activity("water.approvalRoute", DisplayName = "审批路线 Approval route", Category = "审批 Approvals",
    Description = "Header 'vpThreshold' (yuan, default 100000): at or above it the outcome is 'vice-president', otherwise 'standard'.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("amount", typeof(decimal), Required = true)]
[ActivityOutput("needsVicePresident", typeof(bool))]
[ActivityOutput("vpThreshold", typeof(decimal))]
[ActivityOutcome("vice-president")]
[ActivityOutcome("standard")]
public sealed class ApprovalRoute : IActivity
{
    public const decimal DefaultThreshold = 100_000m;

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var threshold = context.HeaderDecimal("vpThreshold", DefaultThreshold);
        var amount = context.Decimal("amount") ?? 0;
        var needsVp = amount >= threshold;
        await RequestRecords.NoteAsync(context, needsVp
            ? $"工程决算金额 {amount:0.00} 元，达到 {threshold:0} 元，须分管副总经理审核。"
            : $"工程决算金额 {amount:0.00} 元，低于 {threshold:0} 元，无须分管副总经理审核。");
        var outputs = new Dictionary<string, object?> { ["needsVicePresident"] = needsVp, ["vpThreshold"] = ActivityContextExtensions.Yuan(threshold) };
        return new ActivityResult(outputs, needsVp ? "vice-president" : "standard");
    }
}
