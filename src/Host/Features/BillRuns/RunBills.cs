using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

/// <summary>
/// 开账: computes a book's bills for a period. Running a period that already has a live run (computed or
/// released) returns that run and changes nothing; after a reversal the period can be run again.
/// </summary>
public sealed class RunBills(OrchestratorDbContext db, BillRunBatches batches, TimeProvider clock)
{
    public async Task<BillRun> ExecuteAsync(BillingStaff staff, Guid bookId, string period, CancellationToken ct = default)
    {
        staff.Require("run bills", BillingRoles.Office);
        var book = staff.Own(await db.ReadingBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, ct), b => b.CompanyId,
            "reading-book.not-found", "There is no such reading book in your company.");
        var readingPeriod = ReadingPeriod.Parse(period);
        if (!book.IsReadIn(readingPeriod))
            throw new InvalidValueException("period", $"Book {book.Code} is read every {book.CycleMonths} months from {book.FirstPeriod}; {readingPeriod} is not one of its periods.")
            {
                TextKey = "bill-run.period-not-read", Arguments = [book.Code, book.CycleMonths, book.FirstPeriod, readingPeriod.ToString()],
            };
        var key = readingPeriod.ToString();
        if (await LiveRunAsync(book.Id, key, ct) is { } existing) return existing;

        var settings = await BillingSettingsStore.ForAsync(db, staff.CompanyId, ct);
        var run = BillRun.Start(staff.CompanyId, book.Id, readingPeriod, staff.UserName, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.BillRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await batches.CalculateAsync(run, book, settings, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }

    private Task<BillRun?> LiveRunAsync(Guid bookId, string period, CancellationToken ct) =>
        db.BillRuns.AsNoTracking().SingleOrDefaultAsync(r => r.BookId == bookId && r.Period == period && r.Status != BillRunStatus.Reversed, ct);
}
