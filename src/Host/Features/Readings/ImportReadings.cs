using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// 抄表数据导入: takes a handheld's or remote-reading system's file for a book and period. Rows that cannot be
/// read and rows that break a reading rule are refused, each with its line and reason; the rest are kept.
/// </summary>
public sealed class ImportReadings(EnterReadings entry)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<ReadingEntryReport> ExecuteAsync(BillingStaff staff, Guid bookId, string period, string fileName, Stream content, CancellationToken ct = default)
    {
        staff.Require("import meter readings", BillingRoles.Reading);
        var (rows, unreadable) = ReadingFile.Parse(fileName, content);
        var report = await entry.ExecuteAsync(staff, bookId, period, [.. rows.Select(r => r.Row)], ReadingSource.Import, ct);
        // Each row is reported by its line in the file.
        var results = report.Rows.Select(r => r with
            {
                Row = rows[r.Row - 1].Line,
                Problem = r.Accepted || r.Problem is null ? r.Problem : $"Line {rows[r.Row - 1].Line}: {r.Problem}",
            })
            .Concat(unreadable).OrderBy(r => r.Row).ToList();
        return new ReadingEntryReport(report.Accepted, report.Refused + unreadable.Count, report.ToReview, results);
    }
}
