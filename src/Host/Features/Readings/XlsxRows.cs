using System.IO.Compression;
using System.Xml.Linq;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// Reads the first worksheet of an .xlsx file as rows of cell texts (shared and inline strings, numbers as
/// written). Enough for a handheld's or remote-reading system's export; no formulas are evaluated.
/// </summary>
public static class XlsxRows
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static List<string[]> Read(Stream file)
    {
        try
        {
            return ReadWorksheet(file);
        }
        catch (InvalidDataException)
        {
            throw new Domain.InvalidValueException("file", "The file is not an Excel workbook (.xlsx) with a worksheet.") { TextKey = "reading-file.not-xlsx" };
        }
    }

    private static List<string[]> ReadWorksheet(Stream file)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? [.. Load(entry).Descendants(Sheet + "si").Select(si => string.Concat(si.Descendants(Sheet + "t").Select(t => t.Value)))]
            : new List<string>();
        var first = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidDataException("The file has no worksheet.");
        return [.. Load(first).Descendants(Sheet + "row").Select(row => Cells(row, shared))];
    }

    private static string[] Cells(XElement row, List<string> shared)
    {
        var cells = new SortedDictionary<int, string>();
        var next = 0;
        foreach (var c in row.Elements(Sheet + "c"))
        {
            var column = c.Attribute("r") is { } r ? ColumnOf(r.Value) : next;
            next = column + 1;
            var value = c.Element(Sheet + "v")?.Value;
            cells[column] = (string?)c.Attribute("t") switch
            {
                "s" when int.TryParse(value, out var i) && i < shared.Count => shared[i],
                "inlineStr" => string.Concat(c.Descendants(Sheet + "t").Select(t => t.Value)),
                _ => value ?? "",
            };
        }
        return cells.Count == 0 ? [] : [.. Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, ""))];
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) column = column * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return column - 1;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
