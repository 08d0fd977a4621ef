using PdfSharp.Fonts;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Gives PDFsharp the one configured Chinese font for every family it asks for; PDFsharp embeds the glyphs
/// used. PDFsharp's resolver is process-wide, so the first host to start installs it and later ones reuse it.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string FaceName = "OrchestratorCjk";

    private static readonly Lock Installing = new();
    private readonly byte[] font;

    private CjkFontResolver(byte[] font) => this.font = font;

    public static void Install(string fontPath)
    {
        lock (Installing)
        {
            if (GlobalFontSettings.FontResolver is CjkFontResolver) return;
            GlobalFontSettings.FontResolver = new CjkFontResolver(TrueTypeFontFile.FirstFace(File.ReadAllBytes(fontPath)));
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => font;
}
