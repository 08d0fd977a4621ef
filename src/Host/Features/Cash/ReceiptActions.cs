using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Cash;

/// <summary>补打 and 作废: reprints are recorded by the counter; voiding needs the business-office manager and a reason.</summary>
public sealed class ReceiptActions(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<Receipt> ReprintAsync(BillingStaff staff, string number, CancellationToken ct = default)
    {
        staff.Require("reprint a receipt", BillingRoles.Counter);
        var receipt = await FindAsync(staff, number, ct);
        receipt.Print(staff.UserName, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return receipt;
    }

    public async Task<Receipt> VoidAsync(BillingStaff staff, string number, string reason, CancellationToken ct = default)
    {
        staff.Require("void a receipt", BillingRoles.Manager);
        var receipt = await FindAsync(staff, number, ct);
        receipt.Void(staff.UserName, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return receipt;
    }

    private async Task<Receipt> FindAsync(BillingStaff staff, string number, CancellationToken ct)
    {
        var key = (number ?? "").Trim().ToUpperInvariant();
        return staff.Own(await db.Receipts.SingleOrDefaultAsync(r => r.Number == key, ct), r => r.CompanyId,
            "receipt.not-found", $"There is no receipt {key} in your company.", key);
    }
}
