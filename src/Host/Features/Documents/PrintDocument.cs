using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Prints one document of a request for any member of staff of the request's company: another company's
/// request, an unknown kind, or a document that does not apply yet is a 404 with the reason. The first print
/// (and every print after the facts changed) is archived as a new version; an unchanged reprint hands out the
/// archived bytes, so the paper in the customer's hands and the archive stay the same document.
/// </summary>
public sealed class PrintDocument(
    OrchestratorDbContext db, DocumentFactsQuery facts, PdfDocumentWriter writer, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid requestId, string? kindSlug, CancellationToken cancellationToken = default)
    {
        if (DocumentKinds.FromSlug(kindSlug) is not { } kind)
            return CommandOutcome.NotFound(l["Document_UnknownKind", kindSlug ?? "", string.Join(", ", DocumentKinds.All.Select(k => k.Slug()))]);
        var known = await facts.LoadAsync(requestId, cancellationToken);
        if (known is null || known.Request.CompanyId != caller.CompanyId) return CommandOutcome.NotFound(l["Document_RequestNotFound"]);
        var (content, notApplicable) = DocumentComposer.Compose(kind, known);
        if (content is null) return CommandOutcome.NotFound(l[notApplicable!, known.Request.Number]);

        var hash = content.Fingerprint();
        var fileName = $"{known.Request.Number}-{kind.Slug()}.pdf";
        for (var attempt = 0; ; attempt++)
        {
            var latest = await LatestAsync(requestId, kind, cancellationToken);
            if (latest?.ContentHash == hash) return CommandOutcome.With(new PrintedPdf(latest.Pdf, fileName, latest.Version, FromArchive: true));
            var archived = new ArchivedDocument
            {
                Id = Guid.NewGuid(),
                CompanyId = known.Request.CompanyId,
                RequestId = requestId,
                Kind = kind.Slug(),
                Version = (latest?.Version ?? 0) + 1,
                ContentHash = hash,
                GeneratedAt = clock.GetUtcNow(),
                GeneratedBy = caller.DisplayName,
                Pdf = writer.Write(content),
            };
            db.Add(archived);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return CommandOutcome.With(new PrintedPdf(archived.Pdf, fileName, archived.Version, FromArchive: false));
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Someone archived this version a moment earlier: read theirs and compare again.
                db.Entry(archived).State = EntityState.Detached;
            }
        }
    }

    private Task<ArchivedDocument?> LatestAsync(Guid requestId, DocumentKind kind, CancellationToken cancellationToken) =>
        db.Set<ArchivedDocument>().AsNoTracking()
            .Where(d => d.RequestId == requestId && d.Kind == kind.Slug())
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
}
