using Orchestrator.Host.Features.Payments;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Features.Customers;

/// <summary>
/// Money taken at the counter from the customer page: the page's signed-in user through
/// <see cref="RecordCounterPayment"/>, the same command the staff API calls. The key makes a double click pay once.
/// </summary>
public sealed class CounterPayments(RecordCounterPayment command, SignedInUser signedIn)
{
    public Task<PaymentOutcome> TakeAsync(string accountNumber, decimal amount, string? requestNumber, Guid idempotencyKey, CancellationToken cancellationToken = default) =>
        command.ExecuteAsync(signedIn.Principal ?? new(), new CounterPayment(accountNumber, amount, $"counter-{idempotencyKey:N}", requestNumber), cancellationToken);
}
