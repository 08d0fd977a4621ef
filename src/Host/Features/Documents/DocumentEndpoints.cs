using Orchestrator.Host.Access;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Documents;

/// <summary>GET /api/requests/{id}/documents/{kind}: a request's printed document as a PDF, for API clients and the pages' print links.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/requests/{id:guid}/documents/{kind}", Print).WithTags("Requests")
            .WithSummary("A request's document as a PDF (receipt, payment-notice, construction-agreement, supply-agreement, refund-notice); archived, an unchanged reprint returns the same file.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return api;
    }

    private static async Task<IResult> Print(Guid id, string kind, HttpContext http, PrintDocument command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, kind, ct))
        .ToResult(done => done.Value is PrintedPdf pdf
            ? Results.File(pdf.Bytes, "application/pdf", pdf.FileName)
            : throw new InvalidOperationException("PrintDocument succeeded without a PDF."));
}
