using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Cash;

/// <summary>
/// Prints a payment's receipt: every payment gets its number when it is recorded (<see cref="PaymentRecorder"/>),
/// so this records the first printing of that receipt and hands it back (later printings are reprints,
/// <see cref="ReceiptActions"/>). After a void the payment gets a new number from the company's register.
/// </summary>
public sealed class IssueReceipt(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<Receipt> ExecuteAsync(BillingStaff staff, Guid paymentId, CancellationToken ct = default)
    {
        staff.Require("issue a receipt", BillingRoles.Counter);
        var payment = staff.Own(await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct), p => p.CompanyId,
            "payment.not-found", "There is no such payment in your company.");
        var now = clock.GetUtcNow();
        if (await db.Receipts.FirstOrDefaultAsync(r => r.PaymentId == paymentId && r.Status == ReceiptStatus.Issued, ct) is { } valid)
        {
            if (valid.Prints.Count > 0) return valid;
            valid.Print(staff.UserName, now);
            await db.SaveChangesAsync(ct);
            return valid;
        }
        var register = await ReceiptRegisters.ForAsync(db, staff.CompanyId, ct);
        var receipt = register.Issue(payment, staff.UserName, now);
        receipt.Print(staff.UserName, now);
        db.Receipts.Add(receipt);
        await db.SaveChangesAsync(ct); // the register's version token stops two cashiers taking one number
        return receipt;
    }
}
