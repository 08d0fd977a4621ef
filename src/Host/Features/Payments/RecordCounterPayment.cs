using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Payments;

/// <summary>Money a cashier took at the counter for an account of their company, maybe for one request's fee.</summary>
public sealed record CounterPayment(string? AccountNumber, decimal? Amount, string? IdempotencyKey, string? RequestNumber = null);

/// <summary>
/// 柜台收款: the one way staff record a payment, from the customer page and the staff API alike. Only the
/// cashier roles (<see cref="Roles.Cashiers"/>) may (403 otherwise); the account and the request must be
/// their company's (404 otherwise, as if they did not exist); the amount must be above zero, in fen and at
/// most what is owed plus the credit ceiling (422 naming the field). The same key pays once.
/// </summary>
public sealed class RecordCounterPayment(OrchestratorDbContext db, PaymentBooking booking, IStringLocalizer<SharedResource> l)
{
    public async Task<PaymentOutcome> ExecuteAsync(ClaimsPrincipal user, CounterPayment payment, CancellationToken cancellationToken = default)
    {
        if (user.CompanyId() is not { } companyId || !Roles.Cashiers.Any(user.IsInRole))
            return PaymentOutcome.Refused(PaymentRefusal.NotCashier, l["Payment_NotCashier"]);
        var problems = PaymentInput.Problems(payment.AccountNumber, payment.Amount, payment.IdempotencyKey, l);
        if (problems.Count > 0) return PaymentOutcome.Invalid(problems);

        var number = AccountNumber.Parse(payment.AccountNumber);
        if (!await db.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Number == number && a.CompanyId == companyId, cancellationToken))
            return PaymentOutcome.Refused(PaymentRefusal.NotFound, l["Payment_AccountNotFound", number.Value]);
        var requestNumber = string.IsNullOrWhiteSpace(payment.RequestNumber) ? null : payment.RequestNumber.Trim();
        if (requestNumber is not null && !await IsOpenRequestAsync(requestNumber, companyId, cancellationToken))
            return PaymentOutcome.Refused(PaymentRefusal.NotFound, l["Payment_RequestNotFound", requestNumber]);

        return await booking.BookAsync(new PaymentCallback(PaymentChannel.Counter, payment.IdempotencyKey!.Trim(), number.Value,
            payment.Amount!.Value, requestNumber, companyId, user.Identity?.Name), cancellationToken);
    }

    private Task<bool> IsOpenRequestAsync(string requestNumber, Guid companyId, CancellationToken cancellationToken) =>
        db.ServiceRequests.IgnoreQueryFilters().AnyAsync(r => r.Number == requestNumber && r.CompanyId == companyId
            && (r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress), cancellationToken);
}
