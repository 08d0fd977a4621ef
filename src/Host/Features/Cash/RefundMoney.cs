using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Features.Cash;

public sealed record RefundInput(RefundKind Kind, decimal? Amount, Guid? DepositId, PaymentChannel Channel, string Reason);

/// <summary>退款: the business-office manager pays back an account's credit (overpayment) or a deposit due for refund.</summary>
public sealed class RefundMoney(OrchestratorDbContext db, LedgerRepository ledgers, TimeProvider clock)
{
    public async Task<Refund> ExecuteAsync(BillingStaff staff, string accountNumber, RefundInput input, CancellationToken ct = default)
    {
        staff.Require("pay a refund", BillingRoles.Manager);
        var ledger = await ledgers.LoadAsync(accountNumber, ct, staff.CompanyId);
        var now = clock.GetUtcNow();
        var refund = input.Kind switch
        {
            RefundKind.Overpayment => ledger.RefundCredit(
                input.Amount ?? throw new InvalidValueException("refund amount", "Say how much of the credit to pay back.") { TextKey = "refund.amount-missing" }, input.Channel, input.Reason, staff.UserName, now),
            RefundKind.Deposit => ledger.RefundDeposit(
                input.DepositId ?? throw new InvalidValueException("deposit", "Choose the deposit to pay back.") { TextKey = "refund.deposit-missing" }, input.Channel, input.Reason, staff.UserName, now),
            _ => throw new InvalidValueException("refund kind", $"'{input.Kind}' is not a kind of refund.") { TextKey = "refund.kind", Arguments = [input.Kind.ToString()] },
        };
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(ct);
        return refund;
    }
}
