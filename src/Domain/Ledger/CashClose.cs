using Orchestrator.Domain.Calendar;

namespace Orchestrator.Domain.Ledger;

/// <summary>
/// 日结/月结: a company's takings of a day or a month, per channel and per cashier, counted once the day or
/// month is over and never changed after: a reversal or refund of an earlier payment is counted on the day
/// it is made. One close per company, kind and period.
/// </summary>
public sealed class CashClose
{
    private List<CashCloseLine> lines = [];

    private CashClose()
    {
        Period = "";
        ClosedBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public CashCloseKind Kind { get; private set; }

    /// <summary>yyyy-MM-dd for a day, yyyy-MM for a month.</summary>
    public string Period { get; private set; }

    public DateTimeOffset From { get; private set; }
    public DateTimeOffset Until { get; private set; }
    public decimal Received { get; private set; }
    public decimal Reversed { get; private set; }
    public decimal Refunded { get; private set; }
    public string ClosedBy { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }
    public IReadOnlyList<CashCloseLine> Lines => lines;

    public decimal Net => Received - Reversed - Refunded;

    /// <summary>China-time bounds of a day's or a month's close.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until, string Period) Bounds(CashCloseKind kind, DateOnly day) => kind switch
    {
        CashCloseKind.Daily => (ChinaTime.At(day, TimeOnly.MinValue), ChinaTime.At(day.AddDays(1), TimeOnly.MinValue), $"{day:yyyy-MM-dd}"),
        _ => (ChinaTime.At(new DateOnly(day.Year, day.Month, 1), TimeOnly.MinValue),
              ChinaTime.At(new DateOnly(day.Year, day.Month, 1).AddMonths(1), TimeOnly.MinValue), $"{day:yyyy-MM}"),
    };

    /// <param name="cashierOf">Who took a payment (the issuer of its receipt), or null for a channel callback.</param>
    public static CashClose Count(
        Guid companyId, CashCloseKind kind, DateOnly dayInPeriod, IEnumerable<Payment> payments, Func<Guid, string?> cashierOf,
        IEnumerable<PaymentReversal> reversals, IEnumerable<Refund> refunds, string closedBy, DateTimeOffset at)
    {
        var (from, until, period) = Bounds(kind, dayInPeriod);
        if (at < until)
            throw new DomainException("close.not-over", $"{period} is not over yet (China time); it can be closed from {until:yyyy-MM-dd HH:mm} on.")
            { Arguments = [period, $"{until:yyyy-MM-dd HH:mm}"] };
        bool Within(DateTimeOffset t) => t >= from && t < until;
        var rows = new List<(PaymentChannel Channel, string Cashier, int P, decimal R, int V, decimal Rv, int F, decimal Rf)>();
        rows.AddRange(payments.Where(p => p.CompanyId == companyId && Within(p.ReceivedAt))
            .Select(p => (p.Channel, cashierOf(p.Id) ?? p.Channel.ToString(), 1, p.Amount, 0, 0m, 0, 0m)));
        rows.AddRange(reversals.Where(r => r.CompanyId == companyId && Within(r.ReversedAt))
            .Select(r => (r.Channel, r.RequestedBy, 0, 0m, 1, r.Amount, 0, 0m)));
        rows.AddRange(refunds.Where(r => r.CompanyId == companyId && Within(r.RefundedAt))
            .Select(r => (r.Channel, r.PaidBy, 0, 0m, 0, 0m, 1, r.Amount)));
        var close = new CashClose
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            Kind = Require.Defined(kind, "close kind"),
            Period = period,
            From = from,
            Until = until,
            ClosedBy = Require.Text(closedBy, "closed by", 64),
            ClosedAt = at,
            lines = [.. rows.GroupBy(r => (r.Channel, r.Cashier)).OrderBy(g => g.Key.Channel).ThenBy(g => g.Key.Cashier, StringComparer.Ordinal)
                .Select(g => new CashCloseLine(g.Key.Channel, g.Key.Cashier, g.Sum(r => r.P), g.Sum(r => r.R), g.Sum(r => r.V), g.Sum(r => r.Rv), g.Sum(r => r.F), g.Sum(r => r.Rf)))],
        };
        close.Received = close.lines.Sum(l => l.Received);
        close.Reversed = close.lines.Sum(l => l.Reversed);
        close.Refunded = close.lines.Sum(l => l.Refunded);
        return close;
    }
}
