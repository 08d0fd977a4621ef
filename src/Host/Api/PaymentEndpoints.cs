using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Ledger;

namespace Orchestrator.Host.Api;

public static class PaymentEndpoints
{
    public sealed record PaymentRequest(string AccountNumber, PaymentChannel Channel, string IdempotencyKey, decimal Amount);

    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/payments", Record).WithTags("Payments")
            .WithSummary("Records a payment; the same idempotency key returns the first result and never pays twice.");
        return api;
    }

    private static async Task<PaymentResult> Record(PaymentRequest request, PaymentRecorder recorder, CancellationToken ct) =>
        await recorder.RecordAsync(new RecordPayment(request.AccountNumber, request.Channel, request.IdempotencyKey, request.Amount), ct);
}
