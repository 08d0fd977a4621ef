using System.Globalization;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Timers;

/// <summary>
/// A parsed timer: when it is first due and how many more times it repeats (<c>null</c> = forever).
/// Cycles are <c>R3/PT1H</c>, <c>R/P1D</c> or <c>R2/2025-01-01T09:00:00Z/P1D</c>.
/// </summary>
public sealed record TimerSchedule(TimerKind Kind, DateTimeOffset? Start, IsoDuration? Interval, int? Repetitions)
{
    public static TimerSchedule Parse(TimerKind kind, string expression)
    {
        var text = expression.Trim();
        return kind switch
        {
            TimerKind.Duration => new(kind, null, IsoDuration.Parse(text), null),
            TimerKind.Date => new(kind, ParseDate(text), null, null),
            _ => ParseCycle(text),
        };
    }

    /// <summary>Null when the expression is valid; otherwise the sentence saying what is wrong.</summary>
    public static string? Problem(TimerKind kind, string expression)
    {
        try
        {
            Parse(kind, expression);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    private static TimerSchedule ParseCycle(string text)
    {
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R'))
            throw new FormatException($"'{text}' is not an ISO 8601 repeating interval such as R3/PT1H.");
        int? repetitions = parts[0].Length == 1 ? null
            : int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"'{parts[0]}' in '{text}' is not a repetition count such as R3.");
        return parts.Length == 2
            ? new(TimerKind.Cycle, null, IsoDuration.Parse(parts[1]), repetitions)
            : new(TimerKind.Cycle, ParseDate(parts[1]), IsoDuration.Parse(parts[2]), repetitions);
    }

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new FormatException($"'{text}' is not an ISO 8601 date-time such as 2025-03-01T09:00:00+08:00.");
}
