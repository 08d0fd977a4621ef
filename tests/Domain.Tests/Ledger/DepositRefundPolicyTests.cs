using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class DepositRefundPolicyTests
{
    private readonly DepositRefundPolicy policy = new();

    [Fact]
    public void A_retrofit_deposit_is_due_30_days_after_water_on() =>
        Assert.Equal(Day("2026-10-30"), policy.RetrofitRefundDue(Day("2026-09-30")));

    [Fact]
    public void A_developer_deposit_is_due_after_three_billing_cycles()
    {
        Assert.Equal(Day("2026-09-15"), policy.DeveloperTransferRefundDue(Day("2026-03-15")));
        Assert.Equal(Day("2026-06-15"), policy.DeveloperTransferRefundDue(Day("2026-03-15"), cycleMonths: 1));
        Assert.Equal(Day("2026-06-15"), (policy with { BillingCycleMonths = 1 }).DeveloperTransferRefundDue(Day("2026-03-15")));
    }

    [Fact]
    public void A_large_volume_deposit_is_due_after_a_year_of_paying_on_time()
    {
        var ledger = LedgerWithMonthlyBills(latePeriod: null);

        Assert.Null(policy.LargeVolumeRefundDue(Day("2025-03-01"), ledger.Bills, Day("2026-02-28")));
        Assert.Equal(Day("2026-03-01"), policy.LargeVolumeRefundDue(Day("2025-03-01"), ledger.Bills, Day("2026-03-01")));
    }

    [Fact]
    public void An_overdue_bill_in_the_year_means_not_yet_and_restarts_the_year()
    {
        var ledger = LedgerWithMonthlyBills(latePeriod: "2025-08");
        var late = ledger.Bills.Single(b => b.Period == "2025-08");

        Assert.True(late.WasOverdue(Day("2026-03-01")));
        Assert.Null(policy.LargeVolumeRefundDue(Day("2025-03-01"), ledger.Bills, Day("2026-03-01")));
        Assert.Equal(late.SettledOn!.Value.AddYears(1), policy.LargeVolumeRefundDue(Day("2025-03-01"), ledger.Bills, Day("2026-12-31")));
    }

    [Fact]
    public void An_overdue_bill_still_unpaid_means_not_yet()
    {
        var ledger = new AccountLedger(Account(), [], [], [], null);
        ledger.IssueBill("2025-05", 10m, 50m, Day("2025-06-01"), Day("2025-06-15"));

        Assert.Null(policy.LargeVolumeRefundDue(Day("2025-03-01"), ledger.Bills, Day("2026-06-01")));
    }

    // Monthly bills from 2025-03 to 2026-05, each paid on its due date except the late one, paid 10 days after.
    private static AccountLedger LedgerWithMonthlyBills(string? latePeriod)
    {
        var account = Account();
        var ledger = new AccountLedger(account, [], [], [], null);
        for (var month = new DateOnly(2025, 3, 1); month <= new DateOnly(2026, 5, 1); month = month.AddMonths(1))
        {
            var bill = ledger.IssueBill($"{month:yyyy-MM}", 10m, 50m, month.AddMonths(1), month.AddMonths(1).AddDays(14));
            var paidOn = bill.Period == latePeriod ? bill.DueDate.AddDays(10) : bill.DueDate;
            ledger.ApplyPayment(Payment.Receive(Company, account.Id, PaymentChannel.Bank, bill.Period, 50m, China($"{paidOn:yyyy-MM-dd}T10:00")));
        }
        return ledger;
    }
}
