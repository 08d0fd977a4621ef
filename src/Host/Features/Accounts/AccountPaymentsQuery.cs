using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Accounts;

public sealed record AccountPayment(Guid Id, DateTimeOffset ReceivedAt, string Channel, decimal Amount, decimal Credited,
    IReadOnlyList<BillAllocation> Allocations, AccountPaymentReversal? Reversal, IReadOnlyList<AccountReceipt> Receipts);

public sealed record AccountPaymentReversal(DateTimeOffset ReversedAt, string Reason, string RequestedBy, string ApprovedBy);

public sealed record AccountReceipt(string Number, string Status, string IssuedBy, int Prints, string? VoidReason);

public sealed record AccountRefund(DateTimeOffset RefundedAt, string Kind, decimal Amount, string Channel, string Reason, string PaidBy);

/// <summary>An account's payments with their reversals and receipts, and its refunds, newest first, a page at a time.</summary>
public sealed class AccountPaymentsQuery(OrchestratorDbContext db)
{
    public async Task<List<AccountPayment>> PaymentsAsync(string accountNumber, int skip = 0, int take = 24, CancellationToken ct = default)
    {
        var accountId = await AccountIdAsync(accountNumber, ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.AccountId == accountId)
            .OrderByDescending(p => p.ReceivedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var reversals = await db.PaymentReversals.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).ToDictionaryAsync(r => r.PaymentId, ct);
        var receipts = (await db.Receipts.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).ToListAsync(ct)).ToLookup(r => r.PaymentId);
        return [.. payments.Select(p => new AccountPayment(p.Id, p.ReceivedAt, p.Channel.ToString(), p.Amount, p.CreditedAmount, p.Allocations,
            reversals.TryGetValue(p.Id, out var r) ? new AccountPaymentReversal(r.ReversedAt, r.Reason, r.RequestedBy, r.ApprovedBy) : null,
            [.. receipts[p.Id].OrderBy(x => x.IssuedAt).Select(x => new AccountReceipt(x.Number, x.Status.ToString(), x.IssuedBy, x.Prints.Count, x.VoidReason))]))];
    }

    public async Task<List<AccountRefund>> RefundsAsync(string accountNumber, CancellationToken ct = default)
    {
        var accountId = await AccountIdAsync(accountNumber, ct);
        return await db.Refunds.AsNoTracking().Where(r => r.AccountId == accountId).OrderByDescending(r => r.RefundedAt).Take(100)
            .Select(r => new AccountRefund(r.RefundedAt, r.Kind.ToString(), r.Amount, r.Channel.ToString(), r.Reason, r.PaidBy)).ToListAsync(ct);
    }

    private async Task<Guid> AccountIdAsync(string accountNumber, CancellationToken ct)
    {
        var number = AccountNumber.Parse(accountNumber);
        return await db.Accounts.Where(a => a.Number == number).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in your company.") { Arguments = [number] };
    }
}
