using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>GET /api/waiting: the company's requests waiting for their customers, for the service center and administrators (403 for others).</summary>
public static class WaitingEndpoints
{
    public static RouteGroupBuilder MapWaiting(this RouteGroupBuilder api)
    {
        api.MapGet("/waiting", List).WithTags("Requests")
            .WithSummary("Requests waiting for the customer (待客户办理: payment, documents, permits, arrears, agreement), longest waiting first; paged.");
        return api;
    }

    /// <summary>The service center follows the waits up; administrators see everything of their company.</summary>
    public static bool MayList(StaffMember caller) =>
        caller.IsAdministrator || caller.Roles.Contains(Roles.Clerk) || caller.Roles.Contains(Roles.DutyManager);

    private static async Task<IResult> List(HttpContext http, WaitingForCustomerQuery waiting, int? page, int? pageSize, CancellationToken ct) =>
        MayList(await http.CallerAsync(ct))
            ? Results.Ok(await waiting.PageAsync(page ?? 1, pageSize ?? 50, ct))
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the service center and administrators see the requests waiting for customers.");
}
