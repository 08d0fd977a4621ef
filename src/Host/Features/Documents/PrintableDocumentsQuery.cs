namespace Orchestrator.Host.Features.Documents;

/// <summary>The documents a request has by now, for the pages' print links: those <see cref="DocumentComposer"/> can word.</summary>
public sealed class PrintableDocumentsQuery(DocumentFactsQuery facts)
{
    public async Task<IReadOnlyList<DocumentKind>> LoadAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        await facts.LoadAsync(requestId, cancellationToken) is { } known
            ? [.. DocumentKinds.All.Where(kind => DocumentComposer.Compose(kind, known).Content is not null)]
            : [];
}
