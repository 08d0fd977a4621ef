namespace Orchestrator.Domain.Ledger;

public enum CashCloseKind
{
    /// <summary>日结.</summary>
    Daily,

    /// <summary>月结.</summary>
    Monthly,
}
