using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Metering;

public class ReadingBookTests
{
    private static ReadingBook Book(MeterRole role) =>
        ReadingBook.Open(Company, "B01", "建设路一册", "任城区", role, ReadingSettings.Default, ReadingPeriod.Parse("2026-01"), "reader1");

    [Fact]
    public void A_household_book_is_read_every_second_month_and_a_master_book_every_month()
    {
        var household = Book(MeterRole.Household);
        var master = Book(MeterRole.Master);

        Assert.Equal(2, household.CycleMonths);
        Assert.Equal([true, false, true, false], new[] { "2026-01", "2026-02", "2026-03", "2026-04" }.Select(p => household.IsReadIn(ReadingPeriod.Parse(p))));
        Assert.True(master.IsReadIn(ReadingPeriod.Parse("2026-02")));
        Assert.False(master.IsReadIn(ReadingPeriod.Parse("2025-12")));
    }

    [Fact]
    public void A_book_takes_meters_of_its_role_and_company_in_route_order()
    {
        var book = Book(MeterRole.Household);
        var account = Account();
        var meter = MeteringPoint.Install(Company, account.Id, "M-1", 15, MeterKind.Mechanical, MeterRole.Household, "addr");
        var master = MeteringPoint.Install(Company, account.Id, "M-2", 50, MeterKind.Mechanical, MeterRole.Master, "addr");

        var place = book.Place(meter, 3);

        Assert.Equal((book.Id, meter.Id, account.Id, 3), (place.BookId, place.MeteringPointId, place.AccountId, place.Sequence));
        Assert.Throws<InvalidValueException>(() => book.Place(master, 4));
        Assert.Throws<InvalidValueException>(() => book.Place(meter, 0));
    }

    [Fact]
    public void A_cycle_the_company_set_to_an_odd_length_is_refused()
    {
        Assert.Throws<InvalidValueException>(() =>
            ReadingBook.Open(Company, "B02", "n", "a", MeterRole.Household, new ReadingSettings(HouseholdCycleMonths: 5), ReadingPeriod.Parse("2026-01")));
    }
}
