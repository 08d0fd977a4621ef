using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>GET /api/waiting: the company's requests waiting for their customers, for the service center and administrators (403 for others).</summary>
public static class WaitingEndpoints
{
    public static RouteGroupBuilder MapWaiting(this RouteGroupBuilder api)
    {
        api.MapGet("/waiting", List).WithTags("Requests")
            .WithSummary("Requests waiting for the customer (待客户办理: payment, documents, permits, arrears, agreement), longest waiting first; a page at a time: "
                + "the next page's 'after' token is in 'next' and the Link (rel=next) and X-Next-Cursor headers, absent on the last page.");
        return api;
    }

    /// <summary>The service center follows the waits up; administrators see everything of their company.</summary>
    public static bool MayList(StaffMember caller) =>
        caller.IsAdministrator || caller.Roles.Contains(Roles.Clerk) || caller.Roles.Contains(Roles.DutyManager);

    private static async Task<IResult> List(
        HttpContext http, WaitingForCustomerQuery waiting, string? after, int? page, int? pageSize, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!MayList(await http.CallerAsync(ct)))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the service center and administrators see the requests waiting for customers.");
        var (cursor, refusal) = OldestFirstResults.Read(page, after, l);
        return refusal ?? OldestFirstResults.Page(http, await waiting.PageAsync(cursor, pageSize ?? WaitingForCustomerQuery.DefaultPageSize, ct));
    }
}
