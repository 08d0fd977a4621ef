namespace Orchestrator.Domain.Calendar;

/// <summary>Office hours in China Standard Time. <see cref="End"/> is also the same-day hand-off cut-off.</summary>
public sealed record WorkingHours
{
    public static readonly WorkingHours Default = new(new TimeOnly(8, 30), new TimeOnly(17, 0));

    public WorkingHours(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
            throw new InvalidValueException(
                "working hours", $"Working hours must end after they start; got {start:HH:mm}–{end:HH:mm}.");
        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }
    public TimeOnly End { get; }
}
