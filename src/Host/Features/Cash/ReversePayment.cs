using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Features.Cash;

/// <summary>
/// 红冲: the business-office manager approves taking back a payment that was taken in error, naming who asked
/// and why. The bills it paid are owed again; a payment is reversed once, also when two approvals race.
/// </summary>
public sealed class ReversePayment(OrchestratorDbContext db, LedgerRepository ledgers, TimeProvider clock)
{
    public async Task<PaymentReversal> ExecuteAsync(BillingStaff staff, Guid paymentId, string requestedBy, string reason, CancellationToken ct = default)
    {
        staff.Require("approve a payment reversal", BillingRoles.Manager);
        var payment = staff.Own(await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct), p => p.CompanyId,
            "payment.not-found", "There is no such payment in your company.");
        var account = await db.Accounts.SingleAsync(a => a.Id == payment.AccountId, ct);
        var ledger = await ledgers.LoadAsync(account, ct);
        var earlier = await db.PaymentReversals.Where(r => r.AccountId == account.Id).ToListAsync(ct);
        var reversal = ledger.ReversePayment(paymentId, earlier, reason, requestedBy, staff.UserName, clock.GetUtcNow());
        db.PaymentReversals.Add(reversal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique index on the payment: another approval of the same payment was saved first.
            throw new DomainException("payment.already-reversed", "Someone reversed this payment a moment ago; it is reversed once.")
            {
                TextKey = "payment.reversed-race",
            };
        }
        return reversal;
    }
}
