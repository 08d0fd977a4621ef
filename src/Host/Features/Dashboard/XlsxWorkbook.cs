using System.IO.Compression;
using System.Security;
using System.Text;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// A minimal .xlsx (Office Open XML) writer: sheets of text and numbers, first row bold, nothing else.
/// Written here because the ClosedXML the feed serves (0.95.4) predates .NET 6 and draws on System.Drawing.
/// </summary>
public sealed class XlsxWorkbook
{
    private readonly List<(string Name, List<object?[]> Rows)> _sheets = [];

    public XlsxWorkbook Sheet(string name, IEnumerable<object?[]> rows)
    {
        _sheets.Add((name, rows.ToList()));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes());
            Add(zip, "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", Workbook());
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships());
            Add(zip, "xl/styles.xml",
                """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font/><font><b/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>""");
            for (var i = 0; i < _sheets.Count; i++)
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", Worksheet(_sheets[i].Rows));
        }
        return stream.ToArray();
    }

    private string ContentTypes()
    {
        var sheets = string.Concat(_sheets.Select((_, i) =>
            $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{sheets}</Types>""";
    }

    private string Workbook()
    {
        var sheets = string.Concat(_sheets.Select((s, i) => $"""<sheet name="{Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>""";
    }

    private string WorkbookRelationships()
    {
        var sheets = string.Concat(_sheets.Select((_, i) =>
            $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
        var styles = $"""<Relationship Id="rId{_sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""";
        return $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{sheets}{styles}</Relationships>""";
    }

    private static string Worksheet(List<object?[]> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append($"<row r=\"{r + 1}\">");
            foreach (var value in rows[r])
            {
                var style = r == 0 ? " s=\"1\"" : "";
                xml.Append(value switch
                {
                    null => "<c/>",
                    int or long or decimal or double => $"<c{style}><v>{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
                    _ => $"<c t=\"inlineStr\"{style}><is><t>{Escape(value.ToString() ?? "")}</t></is></c>",
                });
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
