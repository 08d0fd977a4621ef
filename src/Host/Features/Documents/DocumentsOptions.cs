using Microsoft.Extensions.Options;

namespace Orchestrator.Host.Features.Documents;

/// <summary>Settings of the printed documents: the Chinese font embedded in every PDF and the hotline printed on them.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// Debian's fonts-wqy-microhei: TrueType outlines with Chinese and Latin glyphs (Noto CJK is CFF, which PDFsharp
    /// cannot embed; Droid Sans Fallback has no Latin digits). Its first face is taken out of the collection.
    /// </summary>
    public const string DefaultFontPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    public string FontPath { get; set; } = DefaultFontPath;

    /// <summary>The customer-service hotline printed on every document, unless <see cref="Hotlines"/> names one for the company.</summary>
    public string Hotline { get; set; } = "";

    /// <summary>Hotlines by company code (水司编码), for a group whose companies answer on different numbers.</summary>
    public Dictionary<string, string> Hotlines { get; set; } = [];

    public string HotlineOf(string companyCode) =>
        Hotlines.TryGetValue(companyCode, out var own) && !string.IsNullOrWhiteSpace(own) ? own : Hotline;
}

/// <summary>
/// Refuses to start without a usable font or hotline, naming the setting, so no clerk finds out at the counter.
/// In Development a missing font does not stop the Host (the embedded default must run on a bare machine): only
/// printing then fails, with the same sentence.
/// </summary>
public sealed class DocumentsOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        var problems = new List<string>();
        if (environment?.IsDevelopment() != true && FontProblem(options.FontPath) is { } font) problems.Add(font);
        if (string.IsNullOrWhiteSpace(options.Hotline))
            problems.Add($"{DocumentsOptions.Section}:Hotline is empty: set the customer-service number printed on receipts and notices.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Why the file cannot serve as the documents' font, or null when PDFsharp can embed it.</summary>
    public static string? FontProblem(string path)
    {
        const string setting = DocumentsOptions.Section + ":FontPath";
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            return $"{setting}: there is no font file at '{path}'. Install the Debian package fonts-wqy-microhei or point {setting} to a TrueType font (.ttf, or a .ttc whose first face is TrueType) with Chinese and Latin glyphs.";
        return TrueTypeFontFile.Problem(File.ReadAllBytes(path)) is { } problem ? $"{setting}: '{path}' cannot be embedded in PDFs: {problem}." : null;
    }
}
