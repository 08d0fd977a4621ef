using System.Globalization;

namespace Orchestrator.Host.Api;

/// <summary>
/// Where the next page of an oldest-first list (waits, incidents, calls) starts: after the row of <see cref="Since"/>
/// and, among rows of the same instant, of <see cref="Id"/>. As an API token it is an opaque URL-safe string (the UTC
/// ticks and the id), handed out in the response's Link and X-Next-Cursor headers and its "next" field.
/// </summary>
public sealed record OldestFirstCursor(DateTimeOffset Since, Guid Id)
{
    public string Encode() => CursorToken.Encode(string.Create(CultureInfo.InvariantCulture, $"{Since.UtcTicks}.{Id:N}"));

    /// <summary>The cursor a token names; null when the token is not one this API handed out.</summary>
    public static OldestFirstCursor? Decode(string token)
    {
        var parts = CursorToken.Decode(token)?.Split('.');
        return parts is { Length: 2 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            && Guid.TryParseExact(parts[1], "N", out var id)
            ? new OldestFirstCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}

/// <summary>One page of an oldest-first list; <see cref="Next"/> is null on the last page.</summary>
public sealed record OldestFirstPage<T>(IReadOnlyList<T> Items, OldestFirstCursor? Next);

/// <summary>How a page of an oldest-first list is read again after a change: what is on the screen, and no more.</summary>
public static class OldestFirstPages
{
    /// <summary>
    /// The first <paramref name="shown"/> rows again (at least <paramref name="firstPage"/>), read in pages of at most
    /// <paramref name="maxPage"/> so a list that "more" has grown past one page keeps every row it showed.
    /// </summary>
    public static async Task<OldestFirstPage<T>> AgainAsync<T>(
        int shown, int firstPage, int maxPage, Func<OldestFirstCursor?, int, Task<OldestFirstPage<T>>> read)
    {
        var items = new List<T>();
        OldestFirstCursor? next = null;
        do
        {
            var page = await read(next, Math.Clamp(Math.Max(shown, firstPage) - items.Count, 1, maxPage));
            items.AddRange(page.Items);
            next = page.Next;
        }
        while (next is not null && items.Count < shown);
        return new OldestFirstPage<T>(items, next);
    }
}
