using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// 抄表录入: records a book's readings for a period, by hand or from a file. Each row stands alone: a row
/// that breaks a rule is refused with its reason and the others are kept. Only meters on the book are taken.
/// </summary>
public sealed class EnterReadings(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<ReadingEntryReport> ExecuteAsync(
        BillingStaff staff, Guid bookId, string period, IReadOnlyList<ReadingRow> rows, ReadingSource source = ReadingSource.Hand,
        CancellationToken ct = default)
    {
        staff.Require("enter meter readings", BillingRoles.Reading);
        var book = staff.Own(await db.ReadingBooks.FindAsync([bookId], ct), b => b.CompanyId, "reading-book.not-found", "There is no such reading book in your company.");
        var readingPeriod = ReadingPeriod.Parse(period);
        var settings = (await BillingSettingsStore.ForAsync(db, staff.CompanyId, ct)).Reading;
        var numbers = rows.Select(r => (r.MeterNumber ?? "").Trim()).Distinct().ToList();
        var onBook = await (
            from p in db.ReadingBookMeters.Where(p => p.BookId == book.Id)
            join m in db.MeteringPoints on p.MeteringPointId equals m.Id
            where numbers.Contains(m.MeterNumber)
            select m).ToDictionaryAsync(m => m.MeterNumber, ct);
        var accountIds = onBook.Values.Select(m => m.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var meterIds = onBook.Values.Select(m => m.Id).ToList();
        var history = (await db.MeterReadings.Where(r => meterIds.Contains(r.MeteringPointId)).OrderByDescending(r => r.ReadOn).ToListAsync(ct))
            .GroupBy(r => r.MeteringPointId).ToDictionary(g => g.Key, g => g.ToList());
        var now = clock.GetUtcNow();

        var results = new List<ReadingRowResult>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rowNumber = i + 1;
            var number = (row.MeterNumber ?? "").Trim();
            try
            {
                if (!onBook.TryGetValue(number, out var meter))
                    throw new InvalidValueException("meter number", $"Meter '{number}' is not on book {book.Code}.")
                    {
                        TextKey = "reading.meter-not-on-book", Arguments = [number, book.Code],
                    };
                var input = new ReadingInput(
                    row.ValueM3 ?? throw new InvalidValueException("meter reading", "The reading is missing.") { TextKey = "reading.value-missing" },
                    row.ReadOn ?? throw new InvalidValueException("reading date", "The reading date is missing.") { TextKey = "reading.date-missing" },
                    row.Kind, source, readingPeriod.ToString(), row.Estimated, row.RolloverAtM3, row.NewMeterStartM3);
                if (input.ReadOn > readingPeriod.LastDay.AddDays(10) || input.ReadOn > Domain.Calendar.ChinaTime.DateOf(now))
                    throw new InvalidValueException("reading date", $"A reading of {readingPeriod} cannot be dated {input.ReadOn:yyyy-MM-dd}: that is later than the period or today.")
                    {
                        TextKey = "reading.date-too-late", Arguments = [readingPeriod.ToString(), input.ReadOn],
                    };
                var earlier = history.GetValueOrDefault(meter.Id) ?? [];
                var reading = MeterReadings.Take(accounts[meter.AccountId], meter, earlier, input, settings, staff.UserName, now, book.Id);
                earlier.Insert(0, reading);
                history[meter.Id] = earlier;
                db.MeterReadings.Add(reading);
                results.Add(new ReadingRowResult(rowNumber, number, true, reading.VolumeM3, reading.Review == ReadingReview.Pending, reading.ReviewReason));
            }
            catch (DomainException problem)
            {
                results.Add(new ReadingRowResult(rowNumber, number, false, null, false, problem.Message) { Refusal = problem });
            }
        }
        await db.SaveChangesAsync(ct);
        return new ReadingEntryReport(results.Count(r => r.Accepted), results.Count(r => !r.Accepted), results.Count(r => r.ToReview), results);
    }
}
