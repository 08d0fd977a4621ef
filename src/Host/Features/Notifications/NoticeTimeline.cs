using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Notifications;

/// <summary>Writes what became of a customer notice on its request's timeline: 已通知 after the send, 通知失败 with the reason.</summary>
public sealed class NoticeTimeline(OrchestratorDbContext db, TimeProvider clock)
{
    public const string Actor = "通知服务";

    public Task SentAsync(string? requestNumber, string template, IEnumerable<string> to, CancellationToken cancellationToken) =>
        NoteAsync(requestNumber, $"已通知用户（{template}，{string.Join("、", to)}）。", cancellationToken);

    public Task FailedAsync(string? requestNumber, string template, string reason, CancellationToken cancellationToken) =>
        NoteAsync(requestNumber, $"通知失败（{template}）：{reason}", cancellationToken);

    public Task CalledAsync(string? requestNumber, string template, string caller, CancellationToken cancellationToken) =>
        NoteAsync(requestNumber, $"已电话通知用户（{template}，{caller}）。", cancellationToken);

    private async Task NoteAsync(string? requestNumber, string text, CancellationToken cancellationToken)
    {
        if (requestNumber is null) return;
        var request = await db.ServiceRequests.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Number == requestNumber, cancellationToken);
        if (request is null) return;
        db.Add(RequestTimelineEntry.Record(request, clock.GetUtcNow(), Actor, text.Length > 2000 ? text[..1999] + "…" : text));
        await db.SaveChangesAsync(cancellationToken);
    }
}
