namespace Orchestrator.Domain.Ledger;

/// <summary>Overpaid money held for an account (预存) and taken off its next bills automatically.</summary>
public sealed class AccountCredit
{
    private AccountCredit() { }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public decimal Balance { get; private set; }

    public static AccountCredit Open(Guid companyId, Guid accountId) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        AccountId = Require.Id(accountId, "account"),
    };

    internal void Add(decimal amount) => Balance += Money.NonNegative(amount, "credit");

    /// <summary>Takes up to <paramref name="wanted"/> from the balance and returns what was taken.</summary>
    internal decimal Take(decimal wanted)
    {
        var taken = Math.Min(Balance, wanted);
        Balance -= taken;
        return taken;
    }
}
