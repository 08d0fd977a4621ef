using Microsoft.Extensions.Options;

namespace Orchestrator.Host.Features.Documents;

public static class DocumentsExtensions
{
    /// <summary>The printed documents: settings validated at start-up, the Chinese font installed into PDFsharp, the print command.</summary>
    public static IServiceCollection AddPrintedDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentsOptions>>(sp => new DocumentsOptionsValidator(sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp =>
        {
            var fontPath = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value.FontPath;
            if (DocumentsOptionsValidator.FontProblem(fontPath) is { } problem) throw new InvalidOperationException(problem);
            CjkFontResolver.Install(fontPath);
            return new PdfDocumentWriter();
        });
        services.AddScoped<DocumentFactsQuery>();
        services.AddScoped<PrintDocument>();
        services.AddScoped<PrintableDocumentsQuery>();
        return services;
    }
}
