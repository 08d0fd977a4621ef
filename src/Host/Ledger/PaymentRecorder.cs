using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Ledger;

public sealed record RecordPayment(string AccountNumber, PaymentChannel Channel, string IdempotencyKey, decimal Amount);

/// <summary>
/// Records a payment from the counter or a channel callback in one transaction. A repeated idempotency key
/// returns the first result and never pays twice, also when two callbacks race (the unique index decides).
/// </summary>
public sealed class PaymentRecorder(OrchestratorDbContext db, LedgerRepository ledgers, TimeProvider clock)
{
    public async Task<PaymentResult> RecordAsync(RecordPayment command, CancellationToken cancellationToken = default)
    {
        if (await FindFirstAsync(command, cancellationToken) is { } first) return Repeat(first, command);

        var ledger = await ledgers.LoadAsync(command.AccountNumber, cancellationToken);
        var payment = Payment.Receive(ledger.Account.CompanyId, ledger.Account.Id, command.Channel,
            command.IdempotencyKey, command.Amount, clock.GetUtcNow());
        var result = ledger.ApplyPayment(payment);
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException)
        {
            var winner = await RaceLostAsync(command, cancellationToken);
            if (winner is null) throw;
            return Repeat(winner, command);
        }
    }

    private Task<Payment?> FindFirstAsync(RecordPayment command, CancellationToken cancellationToken) =>
        db.Payments.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Channel == command.Channel && p.IdempotencyKey == command.IdempotencyKey, cancellationToken);

    private async Task<Payment?> RaceLostAsync(RecordPayment command, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await FindFirstAsync(command, cancellationToken);
    }

    private static PaymentResult Repeat(Payment first, RecordPayment command) =>
        first.Amount == command.Amount
            ? first.Result
            : throw new IdempotencyKeyConflictException(command.Channel, command.IdempotencyKey, first.Amount, command.Amount);
}
