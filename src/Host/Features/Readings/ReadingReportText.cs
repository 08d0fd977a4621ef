using Microsoft.Extensions.Localization;
using Orchestrator.Host.Localization;

namespace Orchestrator.Host.Features.Readings;

/// <summary>A reading report's refused rows in the caller's language (<see cref="RefusalText"/>), a file's by its line.</summary>
public static class ReadingReportText
{
    public static ReadingEntryReport SaidIn(this ReadingEntryReport report, IStringLocalizer l, bool byLine) => report with
    {
        Rows = [.. report.Rows.Select(r => r.Refusal is { } refused
            ? r with { Problem = byLine ? l["Reading_Line", r.Row, l.Refusal(refused)].Value : l.Refusal(refused) }
            : r)],
    };
}
