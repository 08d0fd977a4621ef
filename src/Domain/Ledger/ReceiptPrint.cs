namespace Orchestrator.Domain.Ledger;

/// <summary>One printing of a receipt: the first, or a reprint (补打).</summary>
public sealed record ReceiptPrint(string By, DateTimeOffset At);
