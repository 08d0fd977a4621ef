namespace Orchestrator.Domain.Calendar;

public sealed class CalendarYearNotPublishedException(int year)
    : DomainException(
        "calendar.year-not-published",
        $"There is no holiday table for {year}, so working days in {year} cannot be counted. " +
        $"An administrator must enter the {year} holiday table from the State Council notice.")
{
    public int Year { get; } = year;
}
