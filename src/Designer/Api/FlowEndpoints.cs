using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Flows;
using Orchestrator.Designer.Live;

namespace Orchestrator.Designer.Api;

internal static class FlowEndpoints
{
    public static void MapFlowEndpoints(this RouteGroupBuilder api)
    {
        var flows = api.MapGroup("/flows");
        flows.MapGet("/", (HttpContext http, FlowCatalog catalog, CancellationToken ct) =>
            catalog.ListAsync(DesignerUser.From(http.User).CompanyId, ct)).WithSummary("Deployed flows at their latest version.");
        flows.MapGet("/{key}/versions", Versions)
            .WithSummary("Version history with who changed and who approved each version, newest first, a page at a time: "
                + "the next page's 'after' (a version number) is in the Link (rel=next) and X-Next-Cursor headers, absent on the last page.");
        flows.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, HttpContext http, FlowCatalog catalog, CancellationToken ct) =>
            await catalog.VisibleAsync(DesignerUser.From(http.User).CompanyId, key, ct) && await catalog.XmlAsync(key, version, ct) is { } xml
                ? Results.Text(xml, "application/xml")
                : Results.NotFound());
        flows.MapGet("/{key}/versions/{version:int}/changes", (string key, int version, DraftReview review, CancellationToken ct) =>
            review.VersionChangesAsync(key, version, ct)).WithSummary("What this version changed against the one before.");
        flows.MapPost("/{key}/versions/{version:int}/rollback", async (string key, int version, HttpContext http, DraftLifecycle drafts, CancellationToken ct) =>
            Results.Ok(DraftView.Of(await drafts.StartAsync(DesignerUser.From(http.User), key, version, $"rollback to v{version}", ct))))
            .RequireAuthorization(DesignerPolicies.Author).WithSummary("A draft holding an older version, to review and publish as the newest.");
        flows.MapPost("/{key}/variant", async (string key, HttpContext http, DraftLifecycle drafts, CancellationToken ct) =>
            Results.Ok(DraftView.Of(await drafts.StartVariantAsync(DesignerUser.From(http.User), key, ct))))
            .RequireAuthorization(DesignerPolicies.Author).WithSummary("A draft of the company's own variant of a group flow.");
        flows.MapGet("/{key}/load", (string key, FlowLoad load, CancellationToken ct) => load.ByElementAsync(key, ct))
            .WithSummary("Open user tasks and overdue ones per element.");
        flows.MapGet("/{key}/load/{elementId}", (string key, string elementId, FlowLoad load, CancellationToken ct) =>
            load.AtElementAsync(key, elementId, ct));
    }

    private static async Task<IReadOnlyList<FlowVersion>> Versions(
        string key, int? after, int? take, HttpContext http, FlowCatalog catalog, CancellationToken ct)
    {
        var page = await catalog.VersionsAsync(DesignerUser.From(http.User).CompanyId, key, after, take ?? FlowCatalog.VersionPageSize, ct);
        if (page.Next is { } next)
        {
            var token = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["X-Next-Cursor"] = token;
            var link = QueryString.Create(http.Request.Query.Where(p => p.Key != "after").Append(new(nameof(after), token)));
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{link}>; rel=\"next\"";
        }
        return page.Versions;
    }
}
