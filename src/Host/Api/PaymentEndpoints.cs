using Orchestrator.Host.Features.Payments;

namespace Orchestrator.Host.Api;

public static class PaymentEndpoints
{
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/payments", Record).WithTags("Payments")
            .WithSummary("A cashier's counter payment for an account of their company; the same idempotency key returns the first result and never pays twice.")
            .Produces<Requests.PaymentCallbackResult>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapChannelCallback();
        return api;
    }

    private static async Task<IResult> Record(CounterPayment payment, HttpContext http, RecordCounterPayment command, CancellationToken ct) =>
        (await command.ExecuteAsync(http.User, payment, ct)).ToHttpResult();
}
