using System.Security.Claims;
using Orchestrator.Domain;
using Orchestrator.Host.Features.Billing;

namespace Orchestrator.Host.Features.BillRuns;

public static class BillRunEndpoints
{
    public sealed record RunRequest(Guid BookId, string Period);

    public sealed record ReverseRequest(string Reason);

    public static RouteGroupBuilder MapBillRunEndpoints(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/bill-runs").WithTags("Bill runs");
        runs.MapGet("/", (string? period, int? skip, int? take, BillRunsQuery query, CancellationToken ct) => query.ListAsync(period, skip ?? 0, take ?? 50, ct))
            .WithSummary("Bill runs with their totals, newest first.");
        runs.MapGet("/{runId:guid}", async (Guid runId, BillRunsQuery query, CancellationToken ct) =>
                await query.FindAsync(runId, ct) ?? throw new DomainException("bill-run.not-found", "There is no such bill run in your company."))
            .WithSummary("One run's totals.");
        runs.MapGet("/{runId:guid}/bills", (Guid runId, int? skip, int? take, BillRunsQuery query, CancellationToken ct) => query.ItemsAsync(runId, skip ?? 0, take ?? 50, ct))
            .WithSummary("One run's bills with their lines.");
        runs.MapPost("/", async (RunRequest request, ClaimsPrincipal user, RunBills command, BillRunsQuery query, CancellationToken ct) =>
                await query.FindAsync((await command.ExecuteAsync(BillingStaff.From(user), request.BookId, request.Period, ct)).Id, ct))
            .WithSummary("Runs a book's bills for a period; running it again returns the same run.");
        runs.MapPost("/{runId:guid}/release", async (Guid runId, ClaimsPrincipal user, ReleaseBillRun command, BillRunsQuery query, CancellationToken ct) =>
                await query.FindAsync((await command.ExecuteAsync(BillingStaff.From(user), runId, ct)).Id, ct))
            .WithSummary("Releases a computed run: its bills go into the accounts' ledgers.");
        runs.MapPost("/{runId:guid}/reverse", async (Guid runId, ReverseRequest request, ClaimsPrincipal user, ReverseBillRun command, BillRunsQuery query, CancellationToken ct) =>
                await query.FindAsync((await command.ExecuteAsync(BillingStaff.From(user), runId, request.Reason, ct)).Id, ct))
            .WithSummary("Reverses a computed run as a whole, before release.");
        return api;
    }
}
