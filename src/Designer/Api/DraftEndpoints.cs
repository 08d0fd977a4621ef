using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Api;

internal static class DraftEndpoints
{
    public static void MapDraftEndpoints(this RouteGroupBuilder api)
    {
        var drafts = api.MapGroup("/drafts");
        var author = DesignerPolicies.Author;
        drafts.MapGet("/", async (DraftLifecycle d, CancellationToken ct) => (await d.ListAsync(ct)).Select(x => DraftView.Of(x)));
        drafts.MapGet("/{id:guid}", async (Guid id, DraftLifecycle d, CancellationToken ct) => DraftView.Of(await d.GetAsync(id, ct), withXml: true));
        drafts.MapPost("/", async (StartDraft body, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
        {
            var draft = await d.StartAsync(DesignerUser.From(http.User), body.ProcessKey, body.FromVersion, body.Note, ct);
            return Results.Created($"/api/designer/drafts/{draft.Id}", DraftView.Of(draft));
        }).RequireAuthorization(author);
        drafts.MapPut("/{id:guid}", async (Guid id, SaveDraft body, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
            DraftView.Of(await d.SaveAsync(DesignerUser.From(http.User), id, body.Xml, body.Revision, ct))).RequireAuthorization(author);
        drafts.MapPost("/{id:guid}/validate", async (Guid id, DraftLifecycle d, DraftValidation v, IStringLocalizer<DesignerResource> text, CancellationToken ct) =>
            ValidationView.Of(v.Validate(await d.GetAsync(id, ct)), text));
        drafts.MapPost("/{id:guid}/submit", async (Guid id, DraftStep body, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
            DraftView.Of(await d.SubmitAsync(DesignerUser.From(http.User), id, body.Revision, body.Comment, ct))).RequireAuthorization(author);
        drafts.MapPost("/{id:guid}/approve", async (Guid id, DraftStep body, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
            DraftView.Of(await d.ApproveAsync(DesignerUser.From(http.User), id, body.Revision, body.Comment, ct))).RequireAuthorization(DesignerPolicies.Review);
        drafts.MapPost("/{id:guid}/reject", async (Guid id, DraftStep body, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
            DraftView.Of(await d.RejectAsync(DesignerUser.From(http.User), id, body.Revision, body.Comment ?? "", ct))).RequireAuthorization(DesignerPolicies.Review);
        drafts.MapPost("/{id:guid}/publish", async (Guid id, HttpContext http, DraftLifecycle d, CancellationToken ct) =>
            DraftView.Of(await d.PublishAsync(DesignerUser.From(http.User), id, ct)));
        drafts.MapGet("/{id:guid}/changes", async (Guid id, DraftReview review, CancellationToken ct) => (await review.CompareAsync(id, ct)).Changes);
    }
}
