namespace Orchestrator.Domain.Calendar;

/// <summary>The published tables, ready to seed. Each call returns new entities.</summary>
public static class ChinaStatutoryHolidays
{
    public static IReadOnlyList<HolidayTable> All => [Year2025, Year2026];

    public static HolidayTable Year2025 => HolidayTable.Create(
        2025,
        [
            .. Days(2025, 1, 1, 1, 1),
            .. Days(2025, 1, 28, 2, 4),
            .. Days(2025, 4, 4, 4, 6),
            .. Days(2025, 5, 1, 5, 5),
            .. Days(2025, 5, 31, 6, 2),
            .. Days(2025, 10, 1, 10, 8),
        ],
        [new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11)],
        "State Council General Office notice on the 2025 public holiday arrangements (国务院办公厅关于2025年部分节假日安排的通知)");

    public static HolidayTable Year2026 => HolidayTable.Create(
        2026,
        [
            .. Days(2026, 1, 1, 1, 3),
            .. Days(2026, 2, 15, 2, 23),
            .. Days(2026, 4, 4, 4, 6),
            .. Days(2026, 5, 1, 5, 5),
            .. Days(2026, 6, 19, 6, 21),
            .. Days(2026, 9, 25, 9, 27),
            .. Days(2026, 10, 1, 10, 7),
        ],
        [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)],
        "State Council General Office notice on the 2026 public holiday arrangements (国务院办公厅关于2026年部分节假日安排的通知)");

    private static IEnumerable<DateOnly> Days(int year, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        var last = new DateOnly(year, toMonth, toDay);
        for (var day = new DateOnly(year, fromMonth, fromDay); day <= last; day = day.AddDays(1))
            yield return day;
    }
}
