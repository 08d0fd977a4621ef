using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Features.Customers;

/// <summary>An account's standing: what is owed past due (arrears), owed in all, held as deposit, and in credit.</summary>
public sealed record AccountSummary(
    Guid Id,
    string Number,
    string Address,
    AccountStatus Status,
    decimal Arrears,
    decimal Outstanding,
    decimal DepositsHeld,
    decimal Credit,
    IReadOnlyList<MeterSummary> Meters);

public sealed record MeterSummary(string MeterNumber, int CaliberMm, MeterKind Kind, MeteringPointStatus Status, decimal? LastReadingM3, DateOnly? LastReadOn);

public sealed record CustomerSummary(Guid Id, string Name, CustomerKind Kind, string IdNumber, IReadOnlyList<string> Phones, IReadOnlyList<AccountSummary> Accounts)
{
    public decimal Arrears => Accounts.Sum(a => a.Arrears);
}
