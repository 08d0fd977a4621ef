using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>
/// 抄表册: the meters one reader reads in one area, in route order, on one cycle (master meters monthly,
/// household meters every second month, per the company's settings). The meters are
/// <see cref="ReadingBookMeter"/> rows, so a book of many thousand meters is never loaded whole.
/// </summary>
public sealed class ReadingBook
{
    private ReadingBook()
    {
        Code = "";
        Name = "";
        Area = "";
        FirstPeriod = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }

    /// <summary>The area (片区) the book covers, e.g. a street office's district.</summary>
    public string Area { get; private set; }

    /// <summary>The user name of the reader (抄表员) who walks the book; null until one is assigned.</summary>
    public string? Reader { get; private set; }

    public MeterRole MeterRole { get; private set; }
    public int CycleMonths { get; private set; }

    /// <summary>The first period the book is read in; it is then read every <see cref="CycleMonths"/> months.</summary>
    public string FirstPeriod { get; private set; }

    public static ReadingBook Open(
        Guid companyId, string code, string name, string area, MeterRole role, ReadingSettings settings, ReadingPeriod firstPeriod,
        string? reader = null) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Code = Require.Text(code, "book code", 32),
        Name = Require.Text(name, "book name", 100),
        Area = Require.Text(area, "area", 100),
        MeterRole = Require.Defined(role, "meter role"),
        CycleMonths = CheckedCycle(settings.CycleMonths(role)),
        FirstPeriod = firstPeriod.ToString(),
        Reader = string.IsNullOrWhiteSpace(reader) ? null : Require.Text(reader, "reader", 64),
    };

    public void AssignReader(string? reader) => Reader = string.IsNullOrWhiteSpace(reader) ? null : Require.Text(reader, "reader", 64);

    /// <summary>Whether the book is read in <paramref name="period"/>: its first period and every cycle after it.</summary>
    public bool IsReadIn(ReadingPeriod period)
    {
        var months = period.MonthsSince(ReadingPeriod.Parse(FirstPeriod));
        return months >= 0 && months % CycleMonths == 0;
    }

    /// <summary>Puts <paramref name="meter"/> on this book at <paramref name="sequence"/> of the route.</summary>
    public ReadingBookMeter Place(MeteringPoint meter, int sequence)
    {
        if (meter.CompanyId != CompanyId)
            throw new DomainException("reading-book.foreign-meter", $"Meter {meter.MeterNumber} belongs to another company than book {Code}.")
            { Arguments = [meter.MeterNumber, Code] };
        if (meter.Role != MeterRole)
            throw new InvalidValueException("meter role",
                $"Book {Code} holds {MeterRole} meters; meter {meter.MeterNumber} is a {meter.Role} meter.")
                { TextKey = "reading-book.meter-role", Arguments = [Code, MeterRole, meter.MeterNumber, meter.Role] };
        return ReadingBookMeter.Create(this, meter, sequence);
    }

    private static int CheckedCycle(int months) =>
        months is 1 or 2 or 3 or 4 or 6 or 12
            ? months
            : throw new InvalidValueException("cycle months", $"A reading cycle is 1, 2, 3, 4, 6 or 12 months; got {months}.")
            {
                TextKey = "cycle-months", Arguments = [months],
            };
}
