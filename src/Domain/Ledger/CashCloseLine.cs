namespace Orchestrator.Domain.Ledger;

/// <summary>
/// One channel's and one cashier's figures in a close: payments received, payments reversed (红冲) and
/// refunds paid, and what is left (net). Callbacks without a cashier count under the channel's name.
/// </summary>
public sealed record CashCloseLine(
    PaymentChannel Channel, string Cashier, int Payments, decimal Received, int Reversals, decimal Reversed, int Refunds, decimal Refunded)
{
    public decimal Net => Received - Reversed - Refunded;
}
