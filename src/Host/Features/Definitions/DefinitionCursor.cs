using System.Globalization;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Definitions;

/// <summary>
/// Where the next page of <c>GET /api/definitions</c> starts: after a process key (the latest-version list) or below a
/// version (one key's versions, newest first). Handed out as an opaque URL-safe token in the Link and X-Next-Cursor headers.
/// </summary>
public sealed record DefinitionCursor(string? Key, int? Version)
{
    public static DefinitionCursor AfterKey(string key) => new(key, null);

    public static DefinitionCursor BelowVersion(int version) => new(null, version);

    public string Encode() => CursorToken.Encode(Version is { } version ? string.Create(CultureInfo.InvariantCulture, $"v.{version}") : $"k.{Key}");

    /// <summary>The cursor a token names; null when the token is not one this API handed out.</summary>
    public static DefinitionCursor? Decode(string token)
    {
        var text = CursorToken.Decode(token);
        if (text is null) return null;
        if (text.StartsWith("k.", StringComparison.Ordinal) && text.Length > 2) return AfterKey(text[2..]);
        return text.StartsWith("v.", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? BelowVersion(version)
            : null;
    }
}
