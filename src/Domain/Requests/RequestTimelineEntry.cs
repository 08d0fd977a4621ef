namespace Orchestrator.Domain.Requests;

/// <summary>One line of a request's history, shown to clerks and customers. Append-only.</summary>
public sealed class RequestTimelineEntry
{
    private RequestTimelineEntry()
    {
        Actor = "";
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid RequestId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }
    public string Text { get; private set; }

    public static RequestTimelineEntry Record(ServiceRequest request, DateTimeOffset at, string actor, string text) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = request.CompanyId,
        RequestId = request.Id,
        At = at,
        Actor = Require.Text(actor, "actor", 100),
        Text = Require.Text(text, "timeline text", 2000),
    };
}
