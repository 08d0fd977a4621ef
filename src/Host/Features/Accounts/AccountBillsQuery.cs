using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Accounts;

public sealed record AccountBill(Guid Id, string Period, decimal VolumeM3, decimal Amount, decimal AmountPaid, decimal Outstanding,
    DateOnly IssuedOn, DateOnly DueDate, string Status, IReadOnlyList<BillLine> Lines);

public sealed record AccountReading(Guid Id, string Period, DateOnly ReadOn, string Kind, string Source, decimal PreviousM3, decimal ValueM3,
    decimal VolumeM3, bool Estimated, bool Rollover, string Review, string? ReviewReason, bool Billed, string EnteredBy,
    string? RejectionReason = null, string? RejectedBy = null, DateTimeOffset? RejectedAt = null);

/// <summary>An account's bills (with their lines) and readings, newest first, a page at a time, in the caller's company.</summary>
public sealed class AccountBillsQuery(OrchestratorDbContext db)
{
    public async Task<List<AccountBill>> BillsAsync(string accountNumber, int skip = 0, int take = 24, CancellationToken ct = default)
    {
        var accountId = await AccountIdAsync(accountNumber, ct);
        var bills = await db.Bills.AsNoTracking().Where(b => b.AccountId == accountId)
            .OrderByDescending(b => b.IssuedOn).ThenByDescending(b => b.Period).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        return [.. bills.Select(b => new AccountBill(b.Id, b.Period, b.VolumeM3, b.Amount, b.AmountPaid, b.Outstanding, b.IssuedOn, b.DueDate, b.Status.ToString(), b.Lines))];
    }

    public async Task<List<AccountReading>> ReadingsAsync(string accountNumber, int skip = 0, int take = 24, CancellationToken ct = default)
    {
        var accountId = await AccountIdAsync(accountNumber, ct);
        return await db.MeterReadings.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderByDescending(r => r.ReadOn).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100))
            .Select(r => new AccountReading(r.Id, r.Period, r.ReadOn, r.Kind.ToString(), r.Source.ToString(), r.PreviousM3, r.ValueM3, r.VolumeM3,
                r.IsEstimated, r.Rollover, r.Review.ToString(), r.ReviewReason, r.BillRunId != null || r.BillId != null, r.EnteredBy,
                r.RejectionReason, r.RejectedBy, r.RejectedAt))
            .ToListAsync(ct);
    }

    private async Task<Guid> AccountIdAsync(string accountNumber, CancellationToken ct)
    {
        var number = AccountNumber.Parse(accountNumber);
        return await db.Accounts.Where(a => a.Number == number).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in your company.") { Arguments = [number] };
    }
}
