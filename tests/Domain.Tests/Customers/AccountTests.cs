using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Relief;

namespace Orchestrator.Domain.Tests.Customers;

public class AccountTests
{
    [Fact]
    public void A_new_account_is_active_with_no_relief()
    {
        var account = TestData.Account();

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal(ReliefKind.None, account.ReliefKind);
        Assert.Equal("0000123459", account.Number.Value);
    }

    [Fact]
    public void Suspend_restore_and_close_follow_the_allowed_path()
    {
        var account = TestData.Account();

        account.Suspend();
        Assert.Equal(AccountStatus.Suspended, account.Status);
        account.Restore();
        Assert.Equal(AccountStatus.Active, account.Status);
        account.Close();
        Assert.Equal(AccountStatus.Closed, account.Status);
    }

    [Fact]
    public void An_active_account_cannot_be_restored()
    {
        var error = Assert.Throws<InvalidTransitionException>(() => TestData.Account().Restore());

        Assert.Equal("Account 0000123459 is Active, so it cannot be restored.", error.Message);
    }

    [Fact]
    public void A_closed_account_cannot_be_suspended_closed_or_transferred()
    {
        var account = TestData.Account();
        account.Close();

        Assert.Throws<InvalidTransitionException>(account.Suspend);
        Assert.Throws<InvalidTransitionException>(account.Close);
        Assert.Throws<InvalidTransitionException>(() => account.TransferTo(Guid.NewGuid()));
    }

    [Fact]
    public void Ownership_transfer_changes_the_customer_and_keeps_the_number()
    {
        var account = TestData.Account();
        var newOwner = Guid.NewGuid();

        account.TransferTo(newOwner);

        Assert.Equal(newOwner, account.CustomerId);
        Assert.Equal("0000123459", account.Number.Value);
    }

    [Fact]
    public void A_collective_account_needs_its_low_income_share()
    {
        var account = TestData.Account(collective: true);

        Assert.Throws<InvalidValueException>(() => account.GrantRelief(ReliefKind.LowIncome, TestData.Day("2026-03-01")));
        Assert.Throws<InvalidValueException>(() => account.GrantRelief(ReliefKind.LowIncome, TestData.Day("2026-03-01"), 1.2m));
        account.GrantRelief(ReliefKind.LowIncome, TestData.Day("2026-03-01"), 0.25m);

        Assert.Equal(0.25m, account.LowIncomeShare);
    }

    [Fact]
    public void An_individual_account_has_no_share_and_relief_can_end()
    {
        var account = TestData.Account();

        Assert.Throws<InvalidValueException>(() => account.GrantRelief(ReliefKind.Extreme, TestData.Day("2026-03-01"), 0.5m));
        account.GrantRelief(ReliefKind.Extreme, TestData.Day("2026-03-01"));
        Assert.Equal(TestData.Day("2026-03-01"), account.ReliefGrantedOn);
        account.EndRelief();

        Assert.Equal(ReliefKind.None, account.ReliefKind);
        Assert.Null(account.ReliefGrantedOn);
    }
}
