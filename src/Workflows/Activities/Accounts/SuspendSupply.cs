using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Workflows.Activities.Billing;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// 报停: takes the final reading of the account's meter, then suspends the meters and the account, so
/// billing stops until the supply is restored.
/// </summary>
[Activity("water.suspendSupply", DisplayName = "停水 Suspend supply", Category = "客户 Accounts",
    Description = "Records the final reading (input 'reading') on the account's active meter and suspends account and meters.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("reading", typeof(decimal), Required = true, Description = "Final reading in m³.")]
[ActivityOutput("finalVolume", typeof(decimal), Description = "m³ used since the previous reading.")]
[ActivityOutput("finalBill", typeof(decimal), Description = "Yuan of the final bill issued with the final reading.")]
public sealed class SuspendSupply : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var account = await AccountLookup.AccountAsync(context);
        if (account.Status != AccountStatus.Active)
            throw new DomainException("account.not-active", $"Account {account.Number} is {account.Status}; only an active account can be suspended.");
        var meters = await AccountLookup.MetersAsync(context, account, MeteringPointStatus.Active);
        var reading = context.Decimal("reading") ?? throw new InvalidOperationException("The final reading is missing.");
        // The reading is checked (and may refuse) before anything changes, so a refusal leaves no half-suspended account.
        var final = meters.Count > 0 ? await SpecialReading.TakeAsync(context, account, meters[0], reading, ReadingKind.Suspension) : null;
        var bill = final is null ? null : await FinalBill.IssueAsync(context.Db(), account, final, context.CancellationToken);
        foreach (var meter in meters) meter.Suspend();
        account.Suspend();
        var volume = final?.VolumeM3 ?? 0;
        await RequestRecords.NoteAsync(context, $"报停：户号 {account.Number} 末次读数 {reading} 立方米（本期 {volume} 立方米），" +
            (bill is null ? "" : $"出具末次账单 {bill.Amount:0.00} 元，") + "停止计费。");
        return ActivityResult.With(new Dictionary<string, object?>
        {
            ["finalVolume"] = ActivityContextExtensions.Yuan(volume),
            ["finalBill"] = ActivityContextExtensions.Yuan(bill?.Amount ?? 0),
        });
    }
}
