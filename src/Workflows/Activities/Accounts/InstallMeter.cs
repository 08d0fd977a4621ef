using Orchestrator.Domain.Customers;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// 建档 and 抄表: puts the meter of the handed-over meter card on the account as a metering point with its
/// initial reading, from which the business office's meter reading starts.
/// </summary>
[Activity("water.installMeter", DisplayName = "建档并开始抄表 Install meter, start reading", Category = "客户 Accounts",
    Description = "Header 'role': Master (总表, read monthly) or Household (户表, every 2 months); header 'kind': Mechanical, Remote, IcCard, Prepaid.")]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("meterNumber", typeof(string), Required = true)]
[ActivityInput("caliberMm", typeof(int), Required = true)]
[ActivityInput("initialReading", typeof(decimal))]
[ActivityInput("readingBook", typeof(string), Description = "The reading book's code; else the company's first book of the meter's role.")]
[ActivityOutput("meteringPointId", typeof(string))]
public sealed class InstallMeter : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var account = await AccountLookup.AccountAsync(context);
        var meter = MeteringPoint.Install(account.CompanyId, account.Id, context.RequiredText("meterNumber"),
            (int)(context.Decimal("caliberMm") ?? 20),
            Enum.Parse<MeterKind>(context.Header("kind", nameof(MeterKind.Mechanical)), ignoreCase: true),
            Enum.Parse<MeterRole>(context.Header("role", nameof(MeterRole.Household)), ignoreCase: true),
            account.Address, context.Decimal("initialReading") ?? 0, context.Today());
        context.Db().Add(meter);
        var book = await Billing.ReadingBookPlacement.StartReadingAsync(context.Db(), meter, context.Text("readingBook"), context.Today(), context.CancellationToken);
        await RequestRecords.NoteAsync(context, $"建档：水表 {meter.MeterNumber} 装于户号 {account.Number}，起始读数 {meter.LastReadingM3} 立方米，编入抄表册 {book.Code}，营业所开始抄表。");
        return ActivityResult.With("meteringPointId", meter.Id.ToString());
    }
}
