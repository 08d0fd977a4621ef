namespace Orchestrator.Host.Features.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, the referrer only to this site, and a Content-Security-Policy that
/// allows only this site's own scripts (Blazor, MudBlazor and the bpmn-js bundle are all served from here; none
/// needs eval). Inline styles stay allowed: MudBlazor and bpmn-js set element styles. The Hangfire dashboard, a
/// third-party page with inline scripts, gets a policy that allows them.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Set as the response starts, so error pages (whose handler clears the headers) carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/scalar") && !path.StartsWithSegments("/openapi"))
                headers.ContentSecurityPolicy = path.StartsWithSegments("/hangfire") ? DashboardPolicy : ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
