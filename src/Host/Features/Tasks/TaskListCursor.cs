using System.Globalization;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// The task API's continuation token: an <see cref="InboxCursor"/> as an opaque URL-safe string (the deadline's and
/// creation's UTC ticks and the task id), handed out in the response's Link and X-Next-Cursor headers.
/// </summary>
public static class TaskListCursor
{
    public static string Encode(InboxCursor cursor) =>
        CursorToken.Encode(string.Create(CultureInfo.InvariantCulture, $"{cursor.DueAt.UtcTicks}.{cursor.CreatedAt.UtcTicks}.{cursor.TaskId:N}"));

    /// <summary>The cursor a token names; null when the token is not one this API handed out.</summary>
    public static InboxCursor? Decode(string token)
    {
        var parts = CursorToken.Decode(token)?.Split('.');
        return parts is { Length: 3 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var due) && Ticks(due)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var created) && Ticks(created)
            && Guid.TryParseExact(parts[2], "N", out var task)
            ? new InboxCursor(new DateTimeOffset(due, TimeSpan.Zero), new DateTimeOffset(created, TimeSpan.Zero), task)
            : null;
    }

    private static bool Ticks(long value) => value is >= 0 and <= 3155378975999999999; // DateTime.MaxValue.Ticks
}
