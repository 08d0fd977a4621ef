using Orchestrator.Host.Features.Users;

namespace Orchestrator.Host.Features.Accounts;

public static class AccountsExtensions
{
    /// <summary>The account commands: changing one's password at sign-in, and administrators disabling and resetting.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChangePasswordAtSignIn>();
        builder.Services.AddScoped<SwitchUserAccount>();
        builder.Services.AddScoped<ResetUserPassword>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitRevalidation>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app) =>
        app.MapRefreshToken().MapChangePassword().MapUserAccounts();
}
