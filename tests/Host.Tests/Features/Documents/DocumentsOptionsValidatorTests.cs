using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Orchestrator.Host.Features.Documents;

namespace Orchestrator.Host.Tests.Features.Documents;

/// <summary>Start-up refuses a font PDFsharp cannot embed, and an empty hotline, naming the setting to fix.</summary>
public sealed class DocumentsOptionsValidatorTests
{
    private readonly DocumentsOptionsValidator validator = new();

    [Fact]
    public void A_missing_font_names_Documents_FontPath_and_the_package()
    {
        var result = validator.Validate(null, new DocumentsOptions { FontPath = "/nowhere/font.ttf", Hotline = "96000" });

        Assert.True(result.Failed);
        Assert.Contains("Documents:FontPath", result.FailureMessage);
        Assert.Contains("fonts-wqy-microhei", result.FailureMessage);
    }

    [Fact]
    public void CFF_outlines_like_Noto_CJK_are_refused_because_PDFsharp_cannot_embed_them()
    {
        var cff = Path.GetTempFileName();
        File.WriteAllBytes(cff, "OTTO\0\u0010\0\0\0\0\0\0\0\0\0\0"u8.ToArray());
        try
        {
            var result = validator.Validate(null, new DocumentsOptions { FontPath = cff, Hotline = "96000" });
            Assert.Contains("CFF", result.FailureMessage);
            Assert.Contains("Documents:FontPath", result.FailureMessage);
        }
        finally
        {
            File.Delete(cff);
        }
    }

    [Fact]
    public void The_default_TrueType_font_passes_and_an_empty_hotline_is_named()
    {
        Assert.True(validator.Validate(null, new DocumentsOptions { Hotline = "96000" }).Succeeded);
        Assert.Contains("Documents:Hotline", validator.Validate(null, new DocumentsOptions { Hotline = " " }).FailureMessage);
    }

    [Fact]
    public void In_development_a_missing_font_does_not_stop_the_host_only_printing_names_it()
    {
        var development = new DocumentsOptionsValidator(new Environment(Environments.Development));
        var production = new DocumentsOptionsValidator(new Environment(Environments.Production));
        var options = new DocumentsOptions { FontPath = "/nowhere/font.ttf", Hotline = "96000" };

        Assert.True(development.Validate(null, options).Succeeded);
        Assert.True(production.Validate(null, options).Failed);
        Assert.Contains("fonts-wqy-microhei", DocumentsOptionsValidator.FontProblem(options.FontPath));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Orchestrator.Host";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
