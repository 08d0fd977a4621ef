namespace Orchestrator.Domain.Ledger;

public enum RefundKind
{
    /// <summary>Credit from overpayment (预存余额) paid back.</summary>
    Overpayment,

    /// <summary>A deposit whose refund fell due, paid back.</summary>
    Deposit,

    /// <summary>The paid fee of a withdrawn service request (工程款, installation fee), paid back.</summary>
    Fee,
}
