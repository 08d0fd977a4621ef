using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Workflows.Activities.Billing;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// 恢复用水: restores the suspended account and meters and records the first reading, from which billing
/// resumes. A reading below the final one, or dated before it, is refused before anything changes; the same
/// day as the final reading is allowed.
/// </summary>
[Activity("water.restoreSupply", DisplayName = "恢复供水 Restore supply", Category = "客户 Accounts",
    Description = "Restores account and meters and records the first reading (input 'reading').")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("reading", typeof(decimal), Required = true, Description = "First reading in m³.")]
[ActivityOutput("volumeWhileSuspended", typeof(decimal))]
public sealed class RestoreSupply : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var account = await AccountLookup.AccountAsync(context);
        if (account.Status != AccountStatus.Suspended)
            throw new DomainException("account.not-suspended", $"Account {account.Number} is {account.Status}; only a suspended account can be restored.");
        var meters = await AccountLookup.MetersAsync(context, account, MeteringPointStatus.Suspended);
        var reading = context.Decimal("reading") ?? throw new InvalidOperationException("The first reading is missing.");
        var today = context.Today();
        if (meters.Count > 0 && (reading < (meters[0].LastReadingM3 ?? 0) || today < meters[0].LastReadOn))
            throw new DomainException("reading.invalid",
                $"Meter {meters[0].MeterNumber} read {meters[0].LastReadingM3} m³ on {meters[0].LastReadOn:yyyy-MM-dd}; the first reading must not be lower nor dated before it.");
        account.Restore();
        foreach (var meter in meters) meter.Restore();
        var first = meters.Count > 0 ? await SpecialReading.TakeAsync(context, account, meters[0], reading, ReadingKind.Restoration) : null;
        var volume = first?.VolumeM3 ?? 0;
        await RequestRecords.NoteAsync(context, $"恢复用水：户号 {account.Number} 首次读数 {reading} 立方米，恢复计费。");
        return ActivityResult.With("volumeWhileSuspended", ActivityContextExtensions.Yuan(volume));
    }
}
