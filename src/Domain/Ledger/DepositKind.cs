namespace Orchestrator.Domain.Ledger;

public enum DepositKind
{
    /// <summary>3 months of water, paid by a large-volume individual user on a new connection.</summary>
    LargeVolumeWater3Months,

    /// <summary>30 days of water, prepaid for a one-meter-per-household retrofit.</summary>
    HouseholdRetrofit30Days,

    /// <summary>3 billing cycles of water, paid by a developer transferring accounts to residents.</summary>
    DeveloperTransfer3Cycles,
}
