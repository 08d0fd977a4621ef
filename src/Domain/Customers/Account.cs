using Orchestrator.Domain.Relief;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Customers;

/// <summary>An account (营业户): one billed property of a customer, identified by its 10-digit number.</summary>
public sealed class Account
{
    private Account()
    {
        Number = null!;
        Address = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid CustomerId { get; private set; }
    public AccountNumber Number { get; private set; }
    public string Address { get; private set; }
    public WaterNature WaterNature { get; private set; }
    public bool IsCollective { get; private set; }
    public bool IsLargeVolume { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public AccountStatus Status { get; private set; }
    public ReliefKind ReliefKind { get; private set; }
    public DateOnly? ReliefGrantedOn { get; private set; }

    /// <summary>For a collective account (集体户): the share of its households on relief, 0..1.</summary>
    public decimal LowIncomeShare { get; private set; }

    /// <summary>Households billed on this account: 1, or the households behind a collective account's meter.</summary>
    public int HouseholdCount { get; private set; } = 1;

    /// <summary>阶梯人口: people registered in the household, when the tiers are widened for a large household.</summary>
    public int? HouseholdPopulation { get; private set; }

    public static Account Open(
        Guid companyId, Guid customerId, AccountNumber number, string address, WaterNature nature,
        DateOnly openedOn, bool isCollective = false, bool isLargeVolume = false) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        CustomerId = Require.Id(customerId, "customer"),
        Number = number ?? throw new InvalidValueException("account number", "The account number must be filled in."),
        Address = Require.Text(address, "account address", 300),
        WaterNature = Require.Defined(nature, "water nature"),
        OpenedOn = openedOn,
        IsCollective = isCollective,
        IsLargeVolume = isLargeVolume,
        Status = AccountStatus.Active,
    };

    public void Suspend() => Move(AccountStatus.Active, AccountStatus.Suspended, "suspended");

    public void Restore() => Move(AccountStatus.Suspended, AccountStatus.Active, "restored");

    public void Close()
    {
        if (Status == AccountStatus.Closed) throw Refused("closed");
        Status = AccountStatus.Closed;
    }

    /// <summary>Ownership transfer (过户): the account, its number and meters stay; the customer changes.</summary>
    public void TransferTo(Guid newCustomerId)
    {
        if (Status == AccountStatus.Closed) throw Refused("transferred");
        CustomerId = Require.Id(newCustomerId, "new customer");
    }

    /// <summary>Grants relief from <paramref name="grantedOn"/>; a collective account must give its low-income share.</summary>
    public void GrantRelief(ReliefKind kind, DateOnly grantedOn, decimal? lowIncomeShare = null)
    {
        if (Require.Defined(kind, "relief kind") == ReliefKind.None)
            throw new InvalidValueException("relief kind", "Choose low-income or extreme-hardship relief; to stop relief, end it.");
        LowIncomeShare = ShareFor(lowIncomeShare);
        ReliefKind = kind;
        ReliefGrantedOn = grantedOn;
    }

    /// <summary>Marks the account collective (集体户) with the households behind its meter; its tiers scale with them.</summary>
    public void MarkCollective(int householdCount)
    {
        if (householdCount is < 2 or > 10_000)
            throw new InvalidValueException("household count",
                $"A collective account serves between 2 and 10000 households; got {householdCount}.")
            {
                Arguments = [householdCount],
            };
        IsCollective = true;
        HouseholdCount = householdCount;
    }

    /// <summary>Records the people of the household (阶梯人口), which widens the tiers above the company's base size.</summary>
    public void RecordHouseholdPopulation(int? persons)
    {
        if (persons is < 1 or > 50)
            throw new InvalidValueException("household population", $"A household has between 1 and 50 people; got {persons}.")
            {
                Arguments = [persons],
            };
        HouseholdPopulation = persons;
    }

    public void EndRelief()
    {
        ReliefKind = ReliefKind.None;
        ReliefGrantedOn = null;
        LowIncomeShare = 0;
    }

    private decimal ShareFor(decimal? share)
    {
        if (!IsCollective)
            return share is null ? 0 : throw new InvalidValueException(
                "low-income share", $"Account {Number} is not collective, so it has no low-income share.")
            {
                TextKey = "low-income-share.not-collective", Arguments = [Number],
            };
        if (share is not (> 0 and <= 1))
            throw new InvalidValueException(
                "low-income share",
                $"The low-income share of collective account {Number} must be more than 0 and at most 1; got {share?.ToString() ?? "nothing"}.")
            {
                TextKey = "low-income-share.range", Arguments = [Number, share is { } given ? given : (object)"—"],
            };
        return share.Value;
    }

    private void Move(AccountStatus from, AccountStatus to, string action)
    {
        if (Status != from) throw Refused(action);
        Status = to;
    }

    private InvalidTransitionException Refused(string action) =>
        new($"Account {Number}", Status.ToString(), action);
}
