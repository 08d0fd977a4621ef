using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Orchestrator.Host.Features.Accounts;

namespace Orchestrator.Host.Features.Security;

public static class SecurityExtensions
{
    /// <summary>HTTPS behind a proxy, cookie rules, rate limits, security-stamp checks and 400 for bad forms.</summary>
    public static IHostApplicationBuilder AddWebSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var proxy = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in proxy.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(address));
        });
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Every request re-checks the cookie's security stamp, so a disabled, locked or re-passworded account is out at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAccountRateLimits(builder.Configuration);
        services.AddExceptionHandler<BadRequestHandler>();
        return builder;
    }

    /// <summary>First in the pipeline: the proxy's view of the request, HSTS on HTTPS, the headers, the cookie rules.</summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{ProxyOptions.Section}:{nameof(ProxyOptions.Enabled)}")) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>Right after authentication: bearer tokens checked like cookies, then the rate limiter.</summary>
    public static IApplicationBuilder UseAccountChecks(this IApplicationBuilder app) =>
        app.UseBearerStampValidation().UseRateLimiter();
}
