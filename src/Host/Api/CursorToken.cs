using System.Buffers.Text;
using System.Text;

namespace Orchestrator.Host.Api;

/// <summary>
/// The REST lists' continuation tokens: a cursor's own text as an opaque URL-safe string, and the headers that hand the
/// next page's token out (Link rel=next with the request's other parameters kept, and X-Next-Cursor).
/// </summary>
public static class CursorToken
{
    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>The text a token carries; null when it is no token of ours (not URL-safe base64).</summary>
    public static string? Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static void WriteNextPage(HttpContext http, string token)
    {
        http.Response.Headers["X-Next-Cursor"] = token;
        var link = QueryString.Create(http.Request.Query.Where(p => p.Key != "after").Append(new("after", token)));
        http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{link}>; rel=\"next\"";
    }
}
