using Microsoft.AspNetCore.Localization;

namespace Orchestrator.Host.Localization;

public static class CultureSwitch
{
    public static readonly string[] Supported = ["zh-CN", "en"];
    public const string Default = "zh-CN";

    /// <summary>Remembers the chosen UI language in a cookie and returns to the page the user was on.</summary>
    public static IResult Apply(string culture, string? returnUrl, HttpContext context)
    {
        if (!Supported.Contains(culture)) return Results.BadRequest($"Unsupported language '{culture}'. Use one of: {string.Join(", ", Supported)}.");
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Path = "/", Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true });
        return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
    }
}
