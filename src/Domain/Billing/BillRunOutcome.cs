namespace Orchestrator.Domain.Billing;

/// <summary>What a bill run did with one account of its book.</summary>
public enum BillRunOutcome
{
    Billed,

    /// <summary>No billable reading since the last bill.</summary>
    NoReading,

    /// <summary>A reading of the account waits on the review list.</summary>
    HeldForReview,

    /// <summary>Suspended or closed: billed by its final bill, not by runs.</summary>
    NotSupplied,

    /// <summary>The account already has a bill for the period (its readings wait for the next run).</summary>
    AlreadyBilled,
}
