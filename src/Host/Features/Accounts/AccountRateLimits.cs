using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// ASP.NET Core's rate limiter on the doors a guesser or a flood would use: sign-in, tokens and the payment
/// channels' callback. Each client address has its own fixed one-minute window; beyond it the answer is 429.
/// </summary>
public static class AccountRateLimits
{
    public const string SignIn = "sign-in";
    public const string PaymentCallbackPath = "/api/payments/callback";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => PerClient(context, options.SignInPerMinute));
            // The callback is limited by its path, wherever its endpoint is mapped, so no route can forget it.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(PaymentCallbackPath)
                    ? PerClient(context, options.PaymentCallbackPerMinute)
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}

/// <summary>`RateLimits:*`: requests per client address and minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 30;

    public int PaymentCallbackPerMinute { get; set; } = 120;
}
