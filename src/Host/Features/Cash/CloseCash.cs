using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Cash;

/// <summary>
/// 日结/月结: counts a finished day or month per channel and cashier and keeps it as it was counted. Closing
/// it again is refused; money taken back later counts on the day it is taken back.
/// </summary>
public sealed class CloseCash(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<CashClose> ExecuteAsync(BillingStaff staff, CashCloseKind kind, DateOnly dayInPeriod, CancellationToken ct = default)
    {
        staff.Require("close the takings", BillingRoles.Manager);
        var (from, until, period) = CashClose.Bounds(kind, dayInPeriod);
        if (await db.CashCloses.AnyAsync(c => c.Kind == kind && c.Period == period, ct))
            throw new DomainException("close.done", $"{period} is closed already; its totals do not change.") { Arguments = [period] };
        var payments = await db.Payments.AsNoTracking().Where(p => p.ReceivedAt >= from && p.ReceivedAt < until).ToListAsync(ct);
        var paymentIds = payments.Select(p => p.Id).ToList();
        var cashiers = (await db.Receipts.AsNoTracking().Where(r => paymentIds.Contains(r.PaymentId))
                .Select(r => new { r.PaymentId, r.IssuedBy, r.IssuedAt }).ToListAsync(ct))
            .GroupBy(r => r.PaymentId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.IssuedAt).First().IssuedBy);
        var reversals = await db.PaymentReversals.AsNoTracking().Where(r => r.ReversedAt >= from && r.ReversedAt < until).ToListAsync(ct);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.RefundedAt >= from && r.RefundedAt < until).ToListAsync(ct);
        var close = CashClose.Count(staff.CompanyId, kind, dayInPeriod, payments, id => cashiers.GetValueOrDefault(id),
            reversals, refunds, staff.UserName, clock.GetUtcNow());
        db.CashCloses.Add(close);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            throw new DomainException("close.done", $"{period} was closed a moment ago by someone else; its totals do not change.")
            {
                TextKey = "close.done-race", Arguments = [period],
            };
        }
        return close;
    }
}
