using System.Net;
using System.Text.RegularExpressions;

namespace Orchestrator.Host.Tests.Features.Accounts;

/// <summary>Posts the sign-in pages' forms the way a browser does: the antiforgery token from the page, then the form.</summary>
internal static partial class SignInForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, Dictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(page);
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(html).Groups[1].Value;
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string userName, string password) =>
        PostAsync(browser, "/account/login", "/account/login",
            new() { ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/" });

    public static bool WentTo(this HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(path, StringComparison.Ordinal);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
