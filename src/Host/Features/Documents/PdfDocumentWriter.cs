using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Lays a document out on A4 with PDFsharp: the company's name and the title, the facts as "label：value"
/// lines, the clauses, the signature block, and the hotline at the foot of every page. Chinese text wraps
/// character by character; a long document flows onto further pages.
/// </summary>
public sealed class PdfDocumentWriter
{
    private const double Margin = 56;
    private const double LabelWidth = 120;

    public byte[] Write(DocumentContent content)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{content.Title} {content.RequestNumber}";
        pdf.Info.Author = content.CompanyName;
        pdf.Info.Creator = "Orchestrator";
        new Layout(pdf, content).Run();
        using var bytes = new MemoryStream();
        pdf.Save(bytes, closeStream: false);
        return bytes.ToArray();
    }

    private sealed class Layout(PdfDocument pdf, DocumentContent content)
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

        // Made per document, not static: a font resolves through the resolver installed at start-up.
        private readonly XFont heading = new(CjkFontResolver.FaceName, 20, XFontStyleEx.Regular, Unicode);
        private readonly XFont company = new(CjkFontResolver.FaceName, 13, XFontStyleEx.Regular, Unicode);
        private readonly XFont body = new(CjkFontResolver.FaceName, 11, XFontStyleEx.Regular, Unicode);
        private readonly XFont small = new(CjkFontResolver.FaceName, 9, XFontStyleEx.Regular, Unicode);
        private XGraphics page = null!;
        private double width;
        private double bottom;
        private double y;
        private int pages;

        public void Run()
        {
            NewPage();
            Centered(content.CompanyName, company);
            y += 4;
            Centered(content.Title, heading);
            y += 12;
            foreach (var line in content.Lines) Line(line);
            y += 10;
            foreach (var clause in content.Clauses) Paragraph(clause, Margin, width);
            if (content.Signatories.Count > 0) Signatures();
            Footer();
            page.Dispose();
        }

        private void NewPage()
        {
            if (pages > 0)
            {
                Footer();
                page.Dispose();
            }
            var sheet = pdf.AddPage();
            sheet.Size = PdfSharp.PageSize.A4;
            page = XGraphics.FromPdfPage(sheet);
            width = sheet.Width.Point - 2 * Margin;
            bottom = sheet.Height.Point - Margin - 24;
            y = Margin;
            pages++;
        }

        /// <summary>Drawn last, so text extraction and screen readers meet it after the page's content.</summary>
        private void Footer()
        {
            var foot = $"{content.CompanyName}　客服热线：{content.Hotline}　编号：{content.RequestNumber}　第 {pages} 页";
            page.DrawString(foot, small, XBrushes.DimGray, new XRect(Margin, bottom + 12, width, 12), XStringFormats.TopCenter);
        }

        private void Centered(string text, XFont font)
        {
            var height = font.GetHeight() * 1.2;
            page.DrawString(text, font, XBrushes.Black, new XRect(Margin, y, width, height), XStringFormats.TopCenter);
            y += height;
        }

        private void Line(DocumentLine line)
        {
            var rows = Wrap(line.Value, body, width - LabelWidth);
            EnsureRoom(rows.Count);
            page.DrawString(line.Label + "：", body, XBrushes.DimGray, new XRect(Margin, y, LabelWidth, RowHeight), XStringFormats.TopLeft);
            foreach (var row in rows)
            {
                page.DrawString(row, body, XBrushes.Black, new XRect(Margin + LabelWidth, y, width - LabelWidth, RowHeight), XStringFormats.TopLeft);
                y += RowHeight;
            }
            y += 3;
        }

        private void Paragraph(string text, double left, double available)
        {
            foreach (var row in Wrap(text, body, available))
            {
                EnsureRoom(1);
                page.DrawString(row, body, XBrushes.Black, new XRect(left, y, available, RowHeight), XStringFormats.TopLeft);
                y += RowHeight;
            }
            y += 4;
        }

        private void Signatures()
        {
            EnsureRoom(6);
            y += 24;
            var column = width / content.Signatories.Count;
            for (var i = 0; i < content.Signatories.Count; i++)
            {
                var left = Margin + i * column;
                page.DrawString(content.Signatories[i], body, XBrushes.Black, new XRect(left, y, column, RowHeight), XStringFormats.TopLeft);
                page.DrawString("代表人签字：", body, XBrushes.Black, new XRect(left, y + 2 * RowHeight, column, RowHeight), XStringFormats.TopLeft);
                page.DrawString("日期：　　年　　月　　日", body, XBrushes.Black, new XRect(left, y + 4 * RowHeight, column, RowHeight), XStringFormats.TopLeft);
            }
            y += 5 * RowHeight;
        }

        private double RowHeight => body.GetHeight() * 1.35;

        private void EnsureRoom(int rows)
        {
            if (y + rows * RowHeight > bottom) NewPage();
        }

        /// <summary>Breaks text into rows that fit: Chinese may break between any two characters.</summary>
        private List<string> Wrap(string text, XFont font, double available)
        {
            var rows = new List<string>();
            var row = new System.Text.StringBuilder();
            foreach (var character in text)
            {
                row.Append(character);
                if (row.Length > 1 && page.MeasureString(row.ToString(), font).Width > available)
                {
                    row.Length--;
                    rows.Add(row.ToString());
                    row.Clear().Append(character);
                }
            }
            if (row.Length > 0 || rows.Count == 0) rows.Add(row.ToString());
            return rows;
        }
    }
}
