namespace Orchestrator.Domain.Ledger;

/// <summary>
/// The messages only the ledger emits, when a payment really settled a bill. No caller may publish them:
/// a flow that waits for one must be able to trust that the money is there.
/// </summary>
public static class LedgerMessages
{
    /// <summary>To a request whose fee bill is now paid in full; correlated by request number.</summary>
    public const string PaymentReceived = "payment-received";

    /// <summary>To the open requests of a customer whose overdue bill was paid; their arrears gate checks again.</summary>
    public const string ArrearsSettled = "arrears-settled";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { PaymentReceived, ArrearsSettled };

    public static bool IsReserved(string messageName) => All.Contains(messageName.Trim());
}
