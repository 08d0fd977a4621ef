using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Domain;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Features.Payments;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Ledger;

/// <summary>
/// A payment to record; <paramref name="CompanyId"/> names the company whose account it is where no signed-in user
/// scopes the lookup; <paramref name="Cashier"/> is who took it at the counter (a channel's payments are issued by the channel).
/// </summary>
public sealed record RecordPayment(string AccountNumber, PaymentChannel Channel, string IdempotencyKey, decimal Amount, Guid? CompanyId = null, string? Cashier = null);

/// <summary>The payment as recorded; a repeat (the key was seen before) carries the first result and settles nothing.</summary>
public sealed record ReceivedPayment(PaymentResult Result, bool Repeated, PaymentSettlement Settlement, Guid CompanyId);

/// <summary>
/// Records a payment from the counter or a channel callback in one transaction. A repeated idempotency key
/// returns the first result and never pays twice, also when two callbacks race (the unique index decides).
/// A new payment may be at most what the account owes plus the configured credit ceiling. Every new payment
/// gets its receipt number from the company's register in the same save; two payments taking a number at
/// once are told apart by the register's version token and the later one tries again.
/// </summary>
public sealed class PaymentRecorder(OrchestratorDbContext db, LedgerRepository ledgers, TimeProvider clock, IOptions<PaymentsOptions> options)
{
    public async Task<PaymentResult> RecordAsync(RecordPayment command, CancellationToken cancellationToken = default) =>
        (await ReceiveAsync(command, cancellationToken)).Result;

    public async Task<ReceivedPayment> ReceiveAsync(RecordPayment command, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryReceiveAsync(command, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear(); // the register moved on (or was opened) under us: take the next number
            }
        }
    }

    private const int MaxAttempts = 3;

    private async Task<ReceivedPayment> TryReceiveAsync(RecordPayment command, CancellationToken cancellationToken)
    {
        if (await FindFirstAsync(command, cancellationToken) is { } first) return Repeat(first, command);

        var ledger = await ledgers.LoadAsync(command.AccountNumber, cancellationToken, command.CompanyId);
        CheckBound(command.Amount, ledger.Outstanding);
        var now = clock.GetUtcNow();
        var payment = Payment.Receive(ledger.Account.CompanyId, ledger.Account.Id, command.Channel,
            command.IdempotencyKey, command.Amount, now);
        var result = ledger.ApplyPayment(payment);
        db.Payments.Add(payment);
        var register = await ReceiptRegisters.ForAsync(db, payment.CompanyId, cancellationToken);
        db.Receipts.Add(register.Issue(payment, command.Cashier ?? command.Channel.ToString(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ReceivedPayment(result, false, ledger.SettlementOf(result, ChinaTime.DateOf(now)), ledger.Account.CompanyId);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            var winner = await RaceLostAsync(command, cancellationToken);
            if (winner is null) throw;
            return Repeat(winner, command);
        }
    }

    private void CheckBound(decimal amount, decimal owed)
    {
        if (amount > owed + options.Value.CreditCeiling)
            throw new PaymentAboveOwedException(amount, owed, options.Value.CreditCeiling);
    }

    private Task<Payment?> FindFirstAsync(RecordPayment command, CancellationToken cancellationToken) =>
        db.Payments.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Channel == command.Channel && p.IdempotencyKey == command.IdempotencyKey, cancellationToken);

    private async Task<Payment?> RaceLostAsync(RecordPayment command, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await FindFirstAsync(command, cancellationToken);
    }

    private static ReceivedPayment Repeat(Payment first, RecordPayment command) =>
        command.CompanyId is { } company && company != first.CompanyId
            ? throw new DomainException("payment.idempotency-conflict",
                $"{command.Channel} payment '{command.IdempotencyKey}' was already received for another company; nothing was booked. Ask the channel for a new key.")
            {
                TextKey = "payment.idempotency-company", Arguments = [command.Channel, command.IdempotencyKey],
            }
            : first.Amount == command.Amount
            ? new ReceivedPayment(first.Result, true, PaymentSettlement.Nothing, first.CompanyId)
            : throw new IdempotencyKeyConflictException(command.Channel, command.IdempotencyKey, first.Amount, command.Amount);
}
