namespace Orchestrator.Domain.Ledger;

/// <summary>日结: the day's takings of one company, counted once per working day.</summary>
public sealed class DailyClose
{
    private DailyClose()
    {
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public DateOnly Day { get; private set; }
    public int PaymentCount { get; private set; }
    public decimal Amount { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }

    public static DailyClose Record(Guid companyId, DateOnly day, IReadOnlyCollection<Payment> payments, DateTimeOffset closedAt) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Day = day,
        PaymentCount = payments.Count,
        Amount = payments.Sum(p => p.Amount),
        ClosedAt = closedAt,
    };
}
