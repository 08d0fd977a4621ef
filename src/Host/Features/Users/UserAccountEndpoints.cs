using System.Security.Claims;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Features.Users;

/// <summary>`/api/admin/users/{id}/disable|enable|reset-password`: thin callers of the account commands.</summary>
internal static class UserAccountEndpoints
{
    public sealed record ResetPasswordRequest(string TemporaryPassword);

    public static IEndpointRouteBuilder MapUserAccounts(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/admin/users/{userId}").RequireAuthorization(Policies.Staff).WithTags("Admin");
        users.MapPost("/disable", (string userId, ClaimsPrincipal caller, SwitchUserAccount command) =>
            Answer(command.DisableAsync(caller, userId), "userId"));
        users.MapPost("/enable", (string userId, ClaimsPrincipal caller, SwitchUserAccount command) =>
            Answer(command.EnableAsync(caller, userId), "userId"));
        users.MapPost("/reset-password", (string userId, ResetPasswordRequest request, ClaimsPrincipal caller, ResetUserPassword command) =>
            Answer(command.RunAsync(caller, userId, request.TemporaryPassword ?? ""), "temporaryPassword"));
        return app;
    }

    private static async Task<IResult> Answer(Task<AccountChange> change, string field)
    {
        var result = await change;
        return result.Status switch
        {
            AccountChangeStatus.Done => Results.NoContent(),
            AccountChangeStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: result.Errors[0]),
            AccountChangeStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: result.Errors[0]),
            _ => Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. result.Errors] },
                statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
