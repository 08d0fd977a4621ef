using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Cash;

/// <summary>
/// Gives a payment its receipt number from the company's register (opened on first use) and records the
/// first printing. A payment that already has a valid receipt gets that one back; after a void it gets a new number.
/// </summary>
public sealed class IssueReceipt(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<Receipt> ExecuteAsync(BillingStaff staff, Guid paymentId, CancellationToken ct = default)
    {
        staff.Require("issue a receipt", BillingRoles.Counter);
        var payment = staff.Own(await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct), p => p.CompanyId,
            "payment.not-found", "There is no such payment in your company.");
        if (await db.Receipts.FirstOrDefaultAsync(r => r.PaymentId == paymentId && r.Status == ReceiptStatus.Issued, ct) is { } valid) return valid;
        var register = await db.ReceiptRegisters.SingleOrDefaultAsync(r => r.CompanyId == staff.CompanyId, ct);
        if (register is null)
        {
            var code = await db.Companies.Where(c => c.Id == staff.CompanyId).Select(c => c.Code).SingleAsync(ct);
            register = ReceiptRegister.Open(staff.CompanyId, new string([.. code.Where(char.IsLetterOrDigit).Take(6)]) + "-");
            db.ReceiptRegisters.Add(register);
        }
        var now = clock.GetUtcNow();
        var receipt = register.Issue(payment, staff.UserName, now);
        receipt.Print(staff.UserName, now);
        db.Receipts.Add(receipt);
        await db.SaveChangesAsync(ct); // the register's version token stops two cashiers taking one number
        return receipt;
    }
}
