using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Requests;

/// <summary>
/// A channel's payment notice: records it once (a repeated key pays nothing more), then tells the waiting
/// flows — 'payment-received' to a request whose fee bill is now paid in full, and 'arrears-settled' to the
/// open requests of the customer, whose arrears gate then checks again.
/// </summary>
public sealed class PaymentCallbackService(
    OrchestratorDbContext db, PaymentRecorder recorder, LedgerRepository ledgers, IWorkflowRuntime runtime)
{
    public const string PaymentReceived = "payment-received";
    public const string ArrearsSettled = "arrears-settled";

    public async Task<PaymentCallbackResult> HandleAsync(PaymentCallback callback, CancellationToken cancellationToken = default)
    {
        var payment = await recorder.RecordAsync(
            new RecordPayment(callback.AccountNumber, callback.Channel, callback.IdempotencyKey, callback.Amount), cancellationToken);
        db.ChangeTracker.Clear();
        var resumed = new List<ResumedRequest>();
        foreach (var request in await OpenRequestsAsync(callback, cancellationToken))
        {
            if (await FeePaidAsync(request, cancellationToken))
                resumed.Add(await CorrelateAsync(request, PaymentReceived, callback, cancellationToken));
            else
                resumed.Add(await CorrelateAsync(request, ArrearsSettled, callback, cancellationToken));
        }
        return new PaymentCallbackResult(payment, resumed);
    }

    private async Task<List<ServiceRequest>> OpenRequestsAsync(PaymentCallback callback, CancellationToken cancellationToken)
    {
        var number = AccountNumber.Parse(callback.AccountNumber);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Number == number, cancellationToken);
        var open = db.ServiceRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress);
        return callback.RequestNumber is { Length: > 0 } requestNumber
            ? await open.Where(r => r.Number == requestNumber).ToListAsync(cancellationToken)
            : await open.Where(r => r.AccountId == account.Id || r.CustomerId == account.CustomerId).ToListAsync(cancellationToken);
    }

    private async Task<bool> FeePaidAsync(ServiceRequest request, CancellationToken cancellationToken)
    {
        if (request.AccountId is not { } accountId) return false;
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        var fee = (await ledgers.LoadAsync(account, cancellationToken)).FeeOf(request.Number);
        db.ChangeTracker.Clear();
        return fee is { Outstanding: 0 };
    }

    private async Task<ResumedRequest> CorrelateAsync(ServiceRequest request, string message, PaymentCallback callback, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?> { ["paymentChannel"] = callback.Channel.ToString(), ["paidAmount"] = (double)callback.Amount };
        var result = await runtime.CorrelateMessageAsync(message, request.Number, variables, request.CompanyId, cancellationToken);
        return new ResumedRequest(request.Number, message, result.ToString());
    }
}
