using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Billing;

/// <summary>特殊抄表: a reading a request flow takes (suspension, restoration), checked by the same rules as a reader's.</summary>
public static class SpecialReading
{
    public static async Task<MeterReading> TakeAsync(ActivityContext context, Account account, MeteringPoint meter, decimal value, ReadingKind kind)
    {
        var db = context.Db();
        var history = await db.Set<MeterReading>().Where(r => r.MeteringPointId == meter.Id).OrderByDescending(r => r.ReadOn).Take(12)
            .ToListAsync(context.CancellationToken);
        var settings = await db.Set<BillingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == account.CompanyId, context.CancellationToken)
            ?? BillingSettings.DefaultFor(account.CompanyId);
        var bookId = await db.Set<ReadingBookMeter>().Where(p => p.MeteringPointId == meter.Id).Select(p => (Guid?)p.BookId)
            .SingleOrDefaultAsync(context.CancellationToken);
        var reading = MeterReadings.Take(account, meter, history, new ReadingInput(value, context.Today(), kind, ReadingSource.Flow),
            settings.Reading, $"flow:{context.ElementId}", context.Now(), bookId);
        db.Add(reading);
        return reading;
    }
}
