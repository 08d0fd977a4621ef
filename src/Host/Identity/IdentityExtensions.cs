using Microsoft.AspNetCore.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Identity;

public static class IdentityExtensions
{
    private const string CookieOrBearer = "CookieOrBearer";

    /// <summary>ASP.NET Core Identity on the one DbContext: cookies for people in the browser, bearer tokens for API clients.</summary>
    public static IHostApplicationBuilder AddIdentityAndAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(ApiAwareCookie.Configure));

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OrchestratorDbContext>()
            .AddSignInManager<Features.Accounts.OrchestratorSignInManager>()
            .AddClaimsPrincipalFactory<OrchestratorClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();

        services.AddAuthorization(Policies.Configure);
        services.AddCascadingAuthenticationState();
        return builder;
    }
}
