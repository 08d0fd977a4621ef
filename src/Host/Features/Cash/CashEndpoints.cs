using System.Security.Claims;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;

namespace Orchestrator.Host.Features.Cash;

public static class CashEndpoints
{
    public sealed record ReversalRequest(string RequestedBy, string Reason);

    public sealed record VoidRequest(string Reason);

    public sealed record CloseRequest(CashCloseKind Kind, DateOnly Day);

    public static RouteGroupBuilder MapCashEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/payments/{paymentId:guid}/reversal", async (Guid paymentId, ReversalRequest request, ClaimsPrincipal user, ReversePayment command, CancellationToken ct) =>
            {
                var r = await command.ExecuteAsync(BillingStaff.From(user), paymentId, request.RequestedBy, request.Reason, ct);
                return new { r.Id, r.PaymentId, r.Amount, r.CreditTakenBack, r.Allocations, r.RequestedBy, r.ApprovedBy, r.ReversedAt };
            })
            .WithTags("Payments").WithSummary("红冲: reverses a payment taken in error; the manager approves, naming who asked and why.");
        api.MapPost("/payments/{paymentId:guid}/receipt", async (Guid paymentId, ClaimsPrincipal user, IssueReceipt command, CancellationToken ct) =>
                Shape(await command.ExecuteAsync(BillingStaff.From(user), paymentId, ct)))
            .WithTags("Payments").WithSummary("Issues (or returns) the payment's receipt number from the company's register.");
        api.MapPost("/receipts/{number}/reprint", async (string number, ClaimsPrincipal user, ReceiptActions actions, CancellationToken ct) =>
                Shape(await actions.ReprintAsync(BillingStaff.From(user), number, ct)))
            .WithTags("Payments").WithSummary("Records a reprint (补打) of a receipt.");
        api.MapPost("/receipts/{number}/void", async (string number, VoidRequest request, ClaimsPrincipal user, ReceiptActions actions, CancellationToken ct) =>
                Shape(await actions.VoidAsync(BillingStaff.From(user), number, request.Reason, ct)))
            .WithTags("Payments").WithSummary("Voids (作废) a receipt with a reason; the payment may get a new one.");
        api.MapPost("/accounts/{number}/refunds", async (string number, RefundInput input, ClaimsPrincipal user, RefundMoney command, CancellationToken ct) =>
            {
                var r = await command.ExecuteAsync(BillingStaff.From(user), number, input, ct);
                return new { r.Id, Kind = r.Kind.ToString(), r.Amount, r.RefundedAt };
            })
            .WithTags("Payments").WithSummary("Pays back the account's credit or a deposit due for refund.");
        api.MapPost("/cash-closes", async (CloseRequest request, ClaimsPrincipal user, CloseCash command, CancellationToken ct) =>
            {
                var c = await command.ExecuteAsync(BillingStaff.From(user), request.Kind, request.Day, ct);
                return new { Kind = c.Kind.ToString(), c.Period, c.Received, c.Reversed, c.Refunded, c.Net, c.Lines, c.ClosedBy, c.ClosedAt };
            })
            .WithTags("Payments").WithSummary("日结/月结: closes a finished day or month per channel and cashier; a close never changes.");
        return api;
    }

    private static object Shape(Receipt r) =>
        new { r.Number, Status = r.Status.ToString(), r.Amount, r.IssuedBy, r.IssuedAt, Prints = r.Prints.Count, r.VoidReason };
}
