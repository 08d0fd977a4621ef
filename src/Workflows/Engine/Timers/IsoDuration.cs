using System.Globalization;
using System.Text.RegularExpressions;

namespace Orchestrator.Workflows.Engine.Timers;

/// <summary>An ISO 8601 duration such as <c>P7D</c>, <c>PT2H</c> or <c>P1Y2M3DT4H5M6S</c>.</summary>
public sealed partial record IsoDuration(int Years, int Months, int Weeks, int Days, TimeSpan Time)
{
    public bool HasCalendarParts => Years != 0 || Months != 0 || Weeks != 0;

    /// <summary>Durations already parsed (the few a deployment's due dates and timers use), so a step does not run the pattern again.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IsoDuration> Parsed = new(StringComparer.Ordinal);

    public static bool TryParse(string text, out IsoDuration duration)
    {
        if (Parsed.TryGetValue(text, out duration!))
            return true;
        if (!TryParseText(text, out duration))
            return false;
        if (Parsed.Count < 1_000)
            Parsed.TryAdd(text, duration);
        return true;
    }

    private static bool TryParseText(string text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, 0, TimeSpan.Zero);
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim() is "P" or "PT" || text.TrimEnd().EndsWith('T'))
            return false;
        duration = new IsoDuration(Int(match, "y"), Int(match, "mo"), Int(match, "w"), Int(match, "d"),
            TimeSpan.FromHours(Int(match, "h")) + TimeSpan.FromMinutes(Int(match, "mi"))
            + TimeSpan.FromSeconds(match.Groups["s"].Success ? double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0));
        return true;
    }

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO 8601 duration such as P7D or PT2H.");

    /// <summary>Wall-clock addition: the calendar parts first, then the time of day parts.</summary>
    public DateTimeOffset AddTo(DateTimeOffset from) =>
        from.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days).Add(Time);

    private static int Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
