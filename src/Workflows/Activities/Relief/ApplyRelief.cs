using Orchestrator.Domain.Relief;
using Orchestrator.Workflows.Activities.Accounts;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Relief;

/// <summary>
/// 低保/特困优惠: grants the relief on the account from today, so it applies from the next reading; a
/// collective account (集体户) gets it in proportion to its share of low-income households.
/// </summary>
[Activity("water.applyRelief", DisplayName = "办理低保优惠 Apply relief", Category = "客户 Accounts",
    Description = "0.2 yuan per m³ off the base water fee from the next reading (header 'discountPerM3' documents the rate in force).")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("reliefKind", typeof(string), Required = true, Description = "LowIncome or Extreme.")]
[ActivityInput("lowIncomeShare", typeof(decimal), Description = "Collective accounts only: 0..1.")]
[ActivityOutput("reliefFrom", typeof(string))]
[ActivityOutput("reliefShare", typeof(decimal))]
public sealed class ApplyRelief : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var account = await AccountLookup.AccountAsync(context);
        var kind = Enum.Parse<ReliefKind>(context.Text("reliefKind") ?? nameof(ReliefKind.LowIncome), ignoreCase: true);
        var today = context.Today();
        account.GrantRelief(kind, today, account.IsCollective ? context.Decimal("lowIncomeShare") : null);
        var share = account.IsCollective ? account.LowIncomeShare : 1m;
        var rate = context.HeaderDecimal("discountPerM3", ReliefPolicy.DefaultDiscountPerM3);
        await RequestRecords.NoteAsync(context,
            $"户号 {account.Number} 自 {today:yyyy-MM-dd} 后的下次抄表起享受每立方米 {rate:0.00} 元优惠" + (account.IsCollective ? $"，按低保户占比 {share:P0} 计。" : "。"));
        return ActivityResult.With(new Dictionary<string, object?> { ["reliefFrom"] = today.ToString("yyyy-MM-dd"), ["reliefShare"] = (double)share });
    }
}
