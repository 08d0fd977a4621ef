using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Requests;

/// <summary>
/// Records a payment once (a repeated key pays nothing more and tells no one), then passes on what the
/// ledger says it settled: 'payment-received' to each request whose fee bill it paid in full, and
/// 'arrears-settled' to the open requests of the customer when it paid an overdue bill, whose arrears gate
/// then checks again. Callers authenticate and authorise first (the channel callback, the counter command).
/// </summary>
public sealed class PaymentCallbackService(OrchestratorDbContext db, PaymentRecorder recorder, IWorkflowRuntime runtime)
{
    public const string PaymentReceived = LedgerMessages.PaymentReceived;
    public const string ArrearsSettled = LedgerMessages.ArrearsSettled;

    public async Task<PaymentCallbackResult> HandleAsync(PaymentCallback callback, CancellationToken cancellationToken = default)
    {
        var received = await recorder.ReceiveAsync(
            new RecordPayment(callback.AccountNumber, callback.Channel, callback.IdempotencyKey, callback.Amount, callback.CompanyId, callback.Cashier), cancellationToken);
        db.ChangeTracker.Clear();
        var resumed = new List<ResumedRequest>();
        foreach (var requestNumber in received.Settlement.FeesSettledForRequests)
            resumed.Add(await CorrelateAsync(requestNumber, received.CompanyId, PaymentReceived, callback, cancellationToken));
        if (received.Settlement.PaidArrears)
            foreach (var request in await OpenRequestsAsync(callback, received.CompanyId, cancellationToken))
                if (!received.Settlement.FeesSettledForRequests.Contains(request.Number))
                    resumed.Add(await CorrelateAsync(request.Number, received.CompanyId, ArrearsSettled, callback, cancellationToken));
        return new PaymentCallbackResult(received.Result, resumed);
    }

    private async Task<List<ServiceRequest>> OpenRequestsAsync(PaymentCallback callback, Guid companyId, CancellationToken cancellationToken)
    {
        var number = AccountNumber.Parse(callback.AccountNumber);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Number == number && a.CompanyId == companyId, cancellationToken);
        var open = db.ServiceRequests.AsNoTracking().Where(r => r.CompanyId == companyId
            && (r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress));
        return callback.RequestNumber is { Length: > 0 } requestNumber
            ? await open.Where(r => r.Number == requestNumber).ToListAsync(cancellationToken)
            : await open.Where(r => r.AccountId == account.Id || r.CustomerId == account.CustomerId).ToListAsync(cancellationToken);
    }

    private async Task<ResumedRequest> CorrelateAsync(string requestNumber, Guid companyId, string message, PaymentCallback callback, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?> { ["paymentChannel"] = callback.Channel.ToString(), ["paidAmount"] = (double)callback.Amount };
        var result = await runtime.CorrelateMessageAsync(message, requestNumber, variables, companyId, cancellationToken);
        return new ResumedRequest(requestNumber, message, result.ToString());
    }
}
