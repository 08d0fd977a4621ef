using System.Security.Claims;
using Orchestrator.Host.Features.Billing;

namespace Orchestrator.Host.Features.Accounts;

public static class AccountBillingEndpoints
{
    public sealed record CollectiveRequest(int Households);

    public sealed record PopulationRequest(int? Persons);

    public static RouteGroupBuilder MapAccountBillingEndpoints(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts/{number}").WithTags("Accounts");
        accounts.MapGet("/bills", (string number, int? skip, int? take, AccountBillsQuery query, CancellationToken ct) => query.BillsAsync(number, skip ?? 0, take ?? 24, ct))
            .WithSummary("The account's bills with their lines, newest first.");
        accounts.MapGet("/readings", (string number, int? skip, int? take, AccountBillsQuery query, CancellationToken ct) => query.ReadingsAsync(number, skip ?? 0, take ?? 24, ct))
            .WithSummary("The account's meter readings, newest first.");
        accounts.MapGet("/payments", (string number, int? skip, int? take, AccountPaymentsQuery query, CancellationToken ct) => query.PaymentsAsync(number, skip ?? 0, take ?? 24, ct))
            .WithSummary("The account's payments with their reversals and receipts, newest first.");
        accounts.MapPut("/collective", async (string number, CollectiveRequest request, ClaimsPrincipal user, AccountHouseholds command, CancellationToken ct) =>
            {
                var account = await command.MarkCollectiveAsync(BillingStaff.From(user), number, request.Households, ct);
                return new { Number = account.Number.Value, account.IsCollective, account.HouseholdCount };
            })
            .WithSummary("Marks the account collective (集体户) with the households behind its meter.");
        accounts.MapPut("/population", async (string number, PopulationRequest request, ClaimsPrincipal user, AccountHouseholds command, CancellationToken ct) =>
            {
                var account = await command.RecordPopulationAsync(BillingStaff.From(user), number, request.Persons, ct);
                return new { Number = account.Number.Value, account.HouseholdPopulation };
            })
            .WithSummary("Records the people of the household (阶梯人口), which widens its tiers.");
        return api;
    }
}
