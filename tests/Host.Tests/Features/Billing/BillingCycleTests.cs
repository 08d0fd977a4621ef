using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Relief;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Features.Cash;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Billing;

/// <summary>
/// One two-month cycle of a household book, from readings to bills to payments, with every amount worked out
/// by hand on the test tariffs (<see cref="BillingAccounts"/>): residential, non-residential, relief,
/// collective relief, a suspended and a restored account, a reading held for review; then reversal and close.
/// </summary>
public abstract class BillingCycleTests(IScenarioHost host)
{
    private BillingStaff Office => new(host.CompanyId, "office", new HashSet<string> { Roles.BusinessOffice });

    private BillingStaff Manager => new(host.CompanyId, "officemgr", new HashSet<string> { Roles.BusinessOfficeManager, Roles.BusinessOffice });

    private Task<T> Do<T>(Func<IServiceProvider, Task<T>> work) => host.InScopeAsync(work);

    [Fact]
    public async Task A_cycle_bills_each_kind_of_account_by_hand_worked_amounts_and_takes_payments_reversals_and_the_close()
    {
        await BillingAccounts.UseHandWorkedTariffsAsync(host);
        var july = new DateOnly(2026, 7, 25);
        host.Clock.Set(new DateOnly(2026, 8, 1), new TimeOnly(9, 0));
        var residential = await BillingAccounts.CreateAsync(host, july);
        var business = await BillingAccounts.CreateAsync(host, july, WaterNature.NonResidential);
        var relief = await BillingAccounts.CreateAsync(host, july, shape: a => a.GrantRelief(ReliefKind.LowIncome, new DateOnly(2026, 8, 20)));
        var collective = await BillingAccounts.CreateAsync(host, july, shape: a =>
        {
            a.MarkCollective(10);
            a.GrantRelief(ReliefKind.LowIncome, new DateOnly(2026, 8, 20), 0.3m);
        });
        var suspended = await BillingAccounts.CreateAsync(host, july);
        var restored = await BillingAccounts.CreateAsync(host, july);
        var idle = await BillingAccounts.CreateAsync(host, july);
        var all = new[] { residential, business, relief, collective, suspended, restored, idle };

        var book = await Do(s => s.GetRequiredService<OpenReadingBook>().ExecuteAsync(Office,
            new OpenReadingBookInput("T" + residential.AccountNumber[^5..], "测试册", "测试片区", MeterRole.Household, "2026-09", "reader")));
        foreach (var account in all)
            await Do(s => s.GetRequiredService<PlaceMeterOnBook>().ExecuteAsync(Office, book.Id, account.MeterNumber, null));

        // Suspension on 09-05 at 110: its final bill is 10 m³ over the 42 days (1 month) since 07-25:
        // tier 1 for a month is 15 m³, so 10 × 2 = 20.00 + sewage 10.00 → 30.00.
        host.Clock.Set(new DateOnly(2026, 9, 5), new TimeOnly(10, 0));
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, suspended);
        await suspension.CompleteAsync("FinalReading", ("reading", 110));
        Assert.Equal(30m, Convert.ToDecimal((await suspension.InstanceAsync()).Variables["finalBill"]));
        // The restored account: suspended on 09-05 at 104 (4 m³: 8.00 + 4.00 = 12.00, paid), restored on 09-12 at 105.
        var restoredSuspension = await SubmitAsync(ServiceRequestType.Suspension, restored);
        await restoredSuspension.CompleteAsync("FinalReading", ("reading", 104));
        await PayAsync(restored, 12m, "final-restored");
        host.Clock.Set(new DateOnly(2026, 9, 12), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, restored);
        await restoration.CompleteAsync("FirstReading", ("reading", 105));
        await restoration.AssertStatusAsync(RequestStatus.Completed);

        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(16, 0));
        var readOn = new DateOnly(2026, 9, 25);
        var report = await Do(s => s.GetRequiredService<EnterReadings>().ExecuteAsync(new BillingStaff(host.CompanyId, "reader", new HashSet<string> { Roles.MeterReader }),
            book.Id, "2026-09",
            [
                new ReadingRow(residential.MeterNumber, 160m, readOn),
                new ReadingRow(business.MeterNumber, 125m, readOn),
                new ReadingRow(relief.MeterNumber, 160m, readOn),
                new ReadingRow(collective.MeterNumber, 500m, readOn),
                new ReadingRow(suspended.MeterNumber, 120m, readOn),
                new ReadingRow(restored.MeterNumber, 125m, readOn),
                new ReadingRow(idle.MeterNumber, 100m, readOn),
            ]));
        Assert.Equal((6, 1, 1), (report.Accepted, report.Refused, report.ToReview));
        Assert.Contains("Suspended", report.Rows[4].Problem); // a suspended meter is not read
        Assert.True(report.Rows[6].ToReview);                  // nothing used by an occupied account

        var run = await Do(s => s.GetRequiredService<RunBills>().ExecuteAsync(Office, book.Id, "2026-09"));
        // residential 60 m³: 30 × 2 + 20 × 3 + 10 × 6 + 60 sewage                         = 240.00
        // non-residential 25 m³: 25 × 4 + 25 × 2                                         = 150.00
        // relief 60 m³: 240.00 − 60 × 0.20                                                = 228.00
        // collective 400 m³, 10 households (300 / 500 m³): 300 × 2 + 100 × 3 + 400 sewage
        //   − 400 × 0.20 × 0.3                                                            = 1276.00
        // restored 20 m³ from its restoration reading: 20 × 2 + 20 sewage                 = 60.00
        Assert.Equal((5, 1954m, 36m, 565m), (run.BilledAccounts, run.Amount, run.ReliefAmount, run.VolumeM3));
        Assert.Equal((1, 1, BillRunStatus.Calculated), (run.HeldForReviewAccounts, run.NotSuppliedAccounts, run.Status));

        var again = await Do(s => s.GetRequiredService<RunBills>().ExecuteAsync(Office, book.Id, "2026-09"));
        Assert.Equal((run.Id, 1954m), (again.Id, again.Amount));

        await Do(s => s.GetRequiredService<ReverseBillRun>().ExecuteAsync(Manager, run.Id, "复核后重算"));
        Assert.Equal(0, await Do(s => s.GetRequiredService<OrchestratorDbContext>().MeterReadings.CountAsync(r => r.BillRunId == run.Id)));
        var rerun = await Do(s => s.GetRequiredService<RunBills>().ExecuteAsync(Office, book.Id, "2026-09"));
        Assert.NotEqual(run.Id, rerun.Id);
        Assert.Equal(1954m, rerun.Amount);

        host.Clock.Set(new DateOnly(2026, 9, 30), new TimeOnly(9, 0));
        await Do(s => s.GetRequiredService<ReleaseBillRun>().ExecuteAsync(Manager, rerun.Id));
        var bills = await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(residential.AccountNumber));
        var bill = Assert.Single(bills);
        Assert.Equal(("2026-09", 240m, new DateOnly(2026, 10, 20)), (bill.Period, bill.Amount, bill.DueDate));
        Assert.Equal([60m, 60m, 60m, 60m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(1276m, (await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(collective.AccountNumber)))[0].Amount);
        Assert.Equal(30m, (await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(suspended.AccountNumber)))[0].Amount);
        Assert.Equal(2, (await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(restored.AccountNumber))).Count);

        // Payments: the residential bill is paid at the counter with a receipt; the relief account pays 300
        // (228 to the bill, 72 to credit) and that payment is reversed: the bill is owed again, the credit gone.
        host.Clock.Set(new DateOnly(2026, 10, 8), new TimeOnly(10, 0));
        var counter = await PayAsync(residential, 240m, "counter-1", PaymentChannel.Counter);
        var receipt = await Do(s => s.GetRequiredService<IssueReceipt>().ExecuteAsync(Office, counter.PaymentId));
        var wrong = await PayAsync(relief, 300m, "wechat-1");
        Assert.Equal(72m, wrong.CreditedToAccount);
        await Do(s => s.GetRequiredService<ReversePayment>().ExecuteAsync(Manager, wrong.PaymentId, "office", "付错户"));
        var (outstanding, credit) = await Do(async s =>
        {
            var ledger = await s.GetRequiredService<Orchestrator.Workflows.Activities.Ledger.LedgerRepository>().LoadAsync(relief.AccountNumber);
            return (ledger.Outstanding, ledger.Credit.Balance);
        });
        Assert.Equal((228m, 0m), (outstanding, credit));

        host.Clock.Set(new DateOnly(2026, 10, 9), new TimeOnly(8, 0));
        var close = await Do(s => s.GetRequiredService<CloseCash>().ExecuteAsync(Manager, CashCloseKind.Daily, new DateOnly(2026, 10, 8)));
        // 240 at the counter by office, 300 by WeChat, the 300 reversed by the manager's clerk "office"
        Assert.Equal((540m, 300m, 240m), (close.Received, close.Reversed, close.Net));
        Assert.Contains(close.Lines, l => l is { Channel: PaymentChannel.Counter, Cashier: "office", Received: 240m });
        Assert.Contains(close.Lines, l => l is { Channel: PaymentChannel.WeChat, Cashier: "office", Reversed: 300m });
        Assert.StartsWith("CITY-", receipt.Number);
        await Assert.ThrowsAsync<Orchestrator.Domain.DomainException>(() =>
            Do(s => s.GetRequiredService<CloseCash>().ExecuteAsync(Manager, CashCloseKind.Daily, new DateOnly(2026, 10, 8))));
    }

    // A counter payment is taken by a cashier ("office"); a channel's payment is issued by the channel.
    private Task<PaymentResult> PayAsync(TestAccount account, decimal amount, string key, PaymentChannel channel = PaymentChannel.WeChat) =>
        Do(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(new RecordPayment(account.AccountNumber, channel, key + account.AccountNumber, amount,
            Cashier: channel == PaymentChannel.Counter ? "office" : null)));

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, ["applicant-id", "current-bill"]));
}

public sealed class BillingCycleSqliteTests(SqliteScenarioHost host) : BillingCycleTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class BillingCyclePostgresTests(PostgresScenarioHost host) : BillingCycleTests(host), IClassFixture<PostgresScenarioHost>;
