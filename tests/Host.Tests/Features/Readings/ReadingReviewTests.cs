using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Features.Cash;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Billing;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Readings;

/// <summary>
/// The business office decides on the review list: a reading is rejected with a reason (never billed, the meter
/// back to its reading before) or corrected (the corrected value is checked again and billed); a reader may not
/// decide and another company's reading is not found. And every payment gets its receipt number when recorded.
/// </summary>
public abstract class ReadingReviewTests(IScenarioHost host)
{
    private BillingStaff Office => new(host.CompanyId, "office", new HashSet<string> { Roles.BusinessOffice });

    private Task<T> Do<T>(Func<IServiceProvider, Task<T>> work) => host.InScopeAsync(work);

    private Task<MeterReading> ReadingAsync(Guid id) =>
        Do(s => s.GetRequiredService<OrchestratorDbContext>().MeterReadings.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_reading_under_review_is_rejected_or_corrected_with_a_reason_and_the_correction_is_checked_again()
    {
        await BillingAccounts.UseHandWorkedTariffsAsync(host);
        var july = new DateOnly(2026, 7, 25);
        host.Clock.Set(new DateOnly(2026, 8, 1), new TimeOnly(9, 0));
        var misread = await BillingAccounts.CreateAsync(host, july);
        var corrected = await BillingAccounts.CreateAsync(host, july);
        var book = await Do(s => s.GetRequiredService<OpenReadingBook>().ExecuteAsync(Office,
            new OpenReadingBookInput("R" + misread.AccountNumber[^5..], "复核册", "复核片区", MeterRole.Household, "2026-09", "reader")));
        foreach (var account in new[] { misread, corrected })
            await Do(s => s.GetRequiredService<PlaceMeterOnBook>().ExecuteAsync(Office, book.Id, account.MeterNumber, null));
        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(16, 0));
        var readOn = new DateOnly(2026, 9, 25);
        var report = await Do(s => s.GetRequiredService<EnterReadings>().ExecuteAsync(new BillingStaff(host.CompanyId, "reader", new HashSet<string> { Roles.MeterReader }),
            book.Id, "2026-09", [new ReadingRow(misread.MeterNumber, 100m, readOn), new ReadingRow(corrected.MeterNumber, 100m, readOn)]));
        Assert.Equal(2, report.ToReview); // nothing used by two occupied accounts
        var pending = await Do(s => s.GetRequiredService<OrchestratorDbContext>().MeterReadings.Where(r => r.BookId == book.Id && r.Review == ReadingReview.Pending)
            .Join(s.GetRequiredService<OrchestratorDbContext>().MeteringPoints, r => r.MeteringPointId, m => m.Id, (r, m) => new { r.Id, m.MeterNumber }).ToListAsync());
        var misreadId = pending.Single(p => p.MeterNumber == misread.MeterNumber).Id;
        var correctedId = pending.Single(p => p.MeterNumber == corrected.MeterNumber).Id;

        // A reader may not decide; another company's office does not find the reading; a reason is required.
        await Assert.ThrowsAsync<AccessDeniedException>(() => Do(s => s.GetRequiredService<RejectReading>().ExecuteAsync(
            new BillingStaff(host.CompanyId, "reader", new HashSet<string> { Roles.MeterReader }), misreadId, "抄错")));
        var stranger = await Assert.ThrowsAsync<DomainException>(() => Do(s => s.GetRequiredService<CorrectReading>().ExecuteAsync(
            new BillingStaff(Guid.NewGuid(), "dz-office", new HashSet<string> { Roles.BusinessOffice }), correctedId, 120m, "抄错")));
        Assert.Equal("reading.not-found", stranger.Code);
        await Assert.ThrowsAsync<InvalidValueException>(() => Do(s => s.GetRequiredService<RejectReading>().ExecuteAsync(Office, misreadId, " ")));
        Assert.Equal(ReadingReview.Pending, (await ReadingAsync(misreadId)).Review);

        // Rejected: recorded with who and why, never billed, the meter back at 100 m³ read on 07-25.
        await Do(s => s.GetRequiredService<RejectReading>().ExecuteAsync(Office, misreadId, "表号抄错"));
        var rejected = await ReadingAsync(misreadId);
        Assert.Equal((ReadingReview.Rejected, false, "office"), (rejected.Review, rejected.Billable, rejected.ReviewedBy));
        Assert.Equal(("表号抄错", "office"), (rejected.RejectionReason, rejected.RejectedBy));
        Assert.NotNull(rejected.RejectedAt);
        Assert.DoesNotContain("表号抄错", rejected.ReviewReason); // why it was listed is kept apart from why it was refused
        var meter = await Do(s => s.GetRequiredService<OrchestratorDbContext>().MeteringPoints.AsNoTracking().SingleAsync(m => m.MeterNumber == misread.MeterNumber));
        Assert.Equal((100m, july), (meter.LastReadingM3, meter.LastReadOn));
        await Assert.ThrowsAsync<InvalidTransitionException>(() => Do(s => s.GetRequiredService<RejectReading>().ExecuteAsync(Office, misreadId, "再驳回")));

        // Corrected to a value still showing nothing used: checked again, so back on the list; then corrected to 120.
        var still = await Do(s => s.GetRequiredService<CorrectReading>().ExecuteAsync(Office, correctedId, 100m, "复抄仍为100"));
        Assert.Equal((ReadingReview.Pending, 0m), (still.Review, still.VolumeM3));
        var right = await Do(s => s.GetRequiredService<CorrectReading>().ExecuteAsync(Office, still.Id, 120m, "复抄为120"));
        Assert.Equal((ReadingReview.None, 20m, readOn, "office"), (right.Review, right.VolumeM3, right.ReadOn, right.EnteredBy));
        Assert.Equal(ReadingReview.Rejected, (await ReadingAsync(correctedId)).Review);

        // The bill run bills the corrected 20 m³ (20 × 2 + 20 sewage = 60.00) and nothing of the rejected reading.
        var run = await Do(s => s.GetRequiredService<RunBills>().ExecuteAsync(Office, book.Id, "2026-09"));
        Assert.Equal((1, 60m, 20m, 1, 0), (run.BilledAccounts, run.Amount, run.VolumeM3, run.NoReadingAccounts, run.HeldForReviewAccounts));
    }

    [Fact]
    public async Task Every_payment_gets_its_receipt_number_from_the_register_when_it_is_recorded()
    {
        var account = await BillingAccounts.CreateAsync(host, new DateOnly(2026, 7, 25));
        var wechat = await Do(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(new RecordPayment(account.AccountNumber, PaymentChannel.WeChat, "wx-r-" + account.AccountNumber, 50m)));
        var counter = await Do(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(
            new RecordPayment(account.AccountNumber, PaymentChannel.Counter, "ctr-r-" + account.AccountNumber, 30m, Cashier: "office")));
        await Do(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(new RecordPayment(account.AccountNumber, PaymentChannel.WeChat, "wx-r-" + account.AccountNumber, 50m)));

        var receipts = await Do(s => s.GetRequiredService<OrchestratorDbContext>().Receipts.AsNoTracking()
            .Where(r => r.PaymentId == wechat.PaymentId || r.PaymentId == counter.PaymentId).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal(2, receipts.Count); // the repeated callback pays once and takes no second number
        Assert.Equal([("WeChat", 50m), ("office", 30m)], receipts.Select(r => (r.IssuedBy, r.Amount)));
        Assert.All(receipts, r => Assert.StartsWith("CITY-", r.Number));
        Assert.Equal(long.Parse(receipts[0].Number[5..]) + 1, long.Parse(receipts[1].Number[5..]));

        var printed = await Do(s => s.GetRequiredService<IssueReceipt>().ExecuteAsync(Office, counter.PaymentId));
        Assert.Equal((receipts[1].Number, 1), (printed.Number, printed.Prints.Count));
    }
}

public sealed class ReadingReviewSqliteTests(SqliteScenarioHost host) : ReadingReviewTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ReadingReviewPostgresTests(PostgresScenarioHost host) : ReadingReviewTests(host), IClassFixture<PostgresScenarioHost>;
