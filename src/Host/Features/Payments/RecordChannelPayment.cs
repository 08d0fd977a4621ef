using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Payments;

/// <summary>A channel's payment notice as it signs it: its own name, its unique key, the account, the amount, maybe the request paid.</summary>
public sealed record ChannelNotice(string? Channel, string? IdempotencyKey, string? AccountNumber, decimal? Amount, string? RequestNumber = null);

/// <summary>
/// A verified channel's payment for an account of the company the channel collects for (another company's
/// account or request is 404); the amount and key are checked like the counter's (422 naming the field).
/// A repeated notice answers the first result and resumes no flow. Verify the signature first
/// (<see cref="ChannelCallbackEndpoint"/>): this command trusts that the notice came from the channel.
/// </summary>
public sealed class RecordChannelPayment(OrchestratorDbContext db, PaymentBooking booking, IStringLocalizer<SharedResource> l)
{
    public async Task<PaymentOutcome> ExecuteAsync(VerifiedChannel channel, ChannelNotice notice, CancellationToken cancellationToken = default)
    {
        var problems = PaymentInput.Problems(notice.AccountNumber, notice.Amount, notice.IdempotencyKey, l);
        if (problems.Count > 0) return PaymentOutcome.Invalid(problems);

        var companyId = await db.Companies.IgnoreQueryFilters().Where(c => c.Code == channel.CompanyCode).Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                $"Payments:Channels:{channel.Name}:Company names the company '{channel.CompanyCode}', which does not exist; correct the setting.");
        var number = AccountNumber.Parse(notice.AccountNumber);
        if (!await db.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Number == number && a.CompanyId == companyId, cancellationToken))
            return PaymentOutcome.Refused(PaymentRefusal.NotFound, l["Payment_AccountNotFound", number.Value]);
        var requestNumber = string.IsNullOrWhiteSpace(notice.RequestNumber) ? null : notice.RequestNumber.Trim();
        if (requestNumber is not null && !await db.ServiceRequests.IgnoreQueryFilters()
                .AnyAsync(r => r.Number == requestNumber && r.CompanyId == companyId, cancellationToken))
            return PaymentOutcome.Refused(PaymentRefusal.NotFound, l["Payment_RequestNotFound", requestNumber]);

        return await booking.BookAsync(new PaymentCallback(channel.Kind, notice.IdempotencyKey!.Trim(), number.Value,
            notice.Amount!.Value, requestNumber, companyId), cancellationToken);
    }
}
