using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Cash;

/// <summary>A deposit as the cash desk sees it: held, due for refund (from when) or refunded (when, how, by whom).</summary>
public sealed record CashDeposit(Guid Id, DepositKind Kind, decimal Amount, DateOnly HeldOn, DepositStatus Status, DateOnly? RefundDueOn,
    CashDepositRefund? Refund);

public sealed record CashDepositRefund(DateTimeOffset RefundedAt, PaymentChannel Channel, string PaidBy, string Reason);

/// <summary>
/// An account's deposits beside its payments on the cash page, so a cashier sees which are due back and which were
/// paid back; the refund itself is <see cref="RefundMoney"/>, as for overpayments. Company-scoped like every read.
/// </summary>
public sealed class CashDepositsQuery(OrchestratorDbContext db)
{
    public async Task<List<CashDeposit>> ForAsync(string accountNumber, CancellationToken ct = default)
    {
        var number = AccountNumber.Parse(accountNumber);
        var accountId = await db.Accounts.Where(a => a.Number == number).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in your company.") { Arguments = [number] };
        var deposits = await db.Deposits.AsNoTracking().Where(d => d.AccountId == accountId)
            .OrderByDescending(d => d.HeldOn).Take(50).ToListAsync(ct);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.AccountId == accountId && r.Kind == RefundKind.Deposit && r.DepositId != null)
            .ToDictionaryAsync(r => r.DepositId!.Value, ct);
        return [.. deposits.Select(d => new CashDeposit(d.Id, d.Kind, d.Amount, d.HeldOn, d.Status, d.RefundDueOn,
            refunds.TryGetValue(d.Id, out var r) ? new CashDepositRefund(r.RefundedAt, r.Channel, r.PaidBy, r.Reason) : null))];
    }
}
