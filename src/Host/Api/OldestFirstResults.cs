using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Api;

/// <summary>
/// The REST side of an oldest-first list: reads the 'after' token (422 for a token this API did not hand out, and
/// for the page numbers it no longer takes) and answers a page as { items, next } with the next page's token also
/// in the Link (rel=next) and X-Next-Cursor headers, as the task list does.
/// </summary>
public static class OldestFirstResults
{
    /// <summary>The cursor the request asks for (null: the first page), or the 422 refusing the request.</summary>
    public static (OldestFirstCursor? Cursor, IResult? Refusal) Read(int? page, string? after, IStringLocalizer<SharedResource> l)
    {
        if (page is not null) return (null, CommandOutcome.Invalid("page", l["Refusal_ListPageNumber"]).ToResult(_ => Results.Ok()));
        if (string.IsNullOrEmpty(after)) return (null, null);
        return OldestFirstCursor.Decode(after) is { } cursor
            ? (cursor, null)
            : (null, CommandOutcome.Invalid("after", l["Refusal_TaskListCursor"]).ToResult(_ => Results.Ok()));
    }

    public static IResult Page<T>(HttpContext http, OldestFirstPage<T> page)
    {
        var token = page.Next?.Encode();
        if (token is not null) CursorToken.WriteNextPage(http, token);
        return Results.Ok(new { items = page.Items, next = token });
    }
}
