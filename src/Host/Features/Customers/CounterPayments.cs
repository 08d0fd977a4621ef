using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Requests;

namespace Orchestrator.Host.Features.Customers;

/// <summary>
/// Money taken at the counter: recorded like any channel's payment, so the flows waiting on it (arrears
/// settled, fee paid) resume. The key makes a double click pay once.
/// </summary>
public sealed class CounterPayments(PaymentCallbackService payments)
{
    public Task<PaymentCallbackResult> TakeAsync(string accountNumber, decimal amount, string? requestNumber, Guid idempotencyKey, CancellationToken cancellationToken = default) =>
        payments.HandleAsync(new PaymentCallback(PaymentChannel.Counter, $"counter-{idempotencyKey:N}", accountNumber, amount,
            string.IsNullOrWhiteSpace(requestNumber) ? null : requestNumber.Trim()), cancellationToken);
}
