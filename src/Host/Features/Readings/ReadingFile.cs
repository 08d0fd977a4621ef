using System.Globalization;
using System.Text;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// A reading file from a handheld or a remote-reading system, CSV (UTF-8, comma or tab) or Excel (.xlsx):
/// a header row naming the columns 表号/meter, 读数/reading, 抄表日期/date and optionally 估抄/estimated,
/// then one meter a row. Rows that cannot be read are reported with their line and why.
/// </summary>
public static class ReadingFile
{
    private static readonly string[] MeterHeaders = ["表号", "水表号", "meter", "meternumber", "meter number"];
    private static readonly string[] ValueHeaders = ["读数", "本期读数", "reading", "value"];
    private static readonly string[] DateHeaders = ["抄表日期", "日期", "date", "readon", "read on"];
    private static readonly string[] EstimateHeaders = ["估抄", "estimated"];

    public static (List<(int Line, ReadingRow Row)> Rows, List<ReadingRowResult> Refused) Parse(string fileName, Stream content)
    {
        var table = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxRows.Read(content) : CsvRows(content);
        var lines = table.Select((cells, index) => (Cells: cells, Line: index + 1)).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (lines.Count == 0) throw new Domain.InvalidValueException("file", "The file is empty.") { TextKey = "reading-file.empty" };
        var header = lines[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string[] names) => header.FindIndex(names.Contains);
        var (meter, value, date, estimate) = (Column(MeterHeaders), Column(ValueHeaders), Column(DateHeaders), Column(EstimateHeaders));
        if (meter < 0 || value < 0 || date < 0)
            throw new Domain.InvalidValueException("file", "The first row must name the columns 表号 (meter), 读数 (reading) and 抄表日期 (date).")
            {
                TextKey = "reading-file.header",
            };

        var rows = new List<(int Line, ReadingRow Row)>();
        var refused = new List<ReadingRowResult>();
        foreach (var (cells, line) in lines.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            var number = Cell(meter);
            var problem = number.Length == 0 ? new Domain.InvalidValueException("meter number", "The meter number is missing.") { TextKey = "reading-file.meter-missing" }
                : !decimal.TryParse(Cell(value), NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? new Domain.InvalidValueException("meter reading", $"'{Cell(value)}' is not a reading in m³.") { TextKey = "reading-file.value", Arguments = [Cell(value)] }
                : ParseDate(Cell(date)) is null
                    ? new Domain.InvalidValueException("reading date", $"'{Cell(date)}' is not a date; write it as 2026-09-05.") { TextKey = "reading-file.date", Arguments = [Cell(date)] }
                : null;
            if (problem is not null)
            {
                refused.Add(new ReadingRowResult(line, number, false, null, false, $"Line {line}: {problem.Message}") { Refusal = problem });
                continue;
            }
            rows.Add((line, new ReadingRow(number, decimal.Parse(Cell(value), NumberStyles.Number, CultureInfo.InvariantCulture), ParseDate(Cell(date)),
                Estimated: Cell(estimate).ToLowerInvariant() is "1" or "true" or "yes" or "y" or "是")));
        }
        return (rows, refused);
    }

    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        // Excel keeps dates as day numbers since 1899-12-30.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }

    private static List<string[]> CsvRows(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
            rows.Add(line.Split(line.Contains('\t') ? '\t' : ',').Select(c => c.Trim().Trim('"')).ToArray());
        return rows;
    }
}
