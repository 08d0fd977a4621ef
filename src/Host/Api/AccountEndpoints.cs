using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Api;

public static class AccountEndpoints
{
    public sealed record AccountSummary(
        string Number, string Address, string Status, decimal Arrears, decimal Outstanding, decimal Credit, decimal DepositsHeld,
        IReadOnlyList<BillLine> Bills);

    public sealed record BillLine(string Period, decimal VolumeM3, decimal Amount, decimal AmountPaid, DateOnly DueDate, string Status);

    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{number}", GetAccount).WithTags("Accounts").WithSummary("An account's balance, arrears, credit and bills.");
        return api;
    }

    private static async Task<AccountSummary> GetAccount(string number, LedgerRepository ledgers, TimeProvider clock, CancellationToken ct)
    {
        var ledger = await ledgers.LoadAsync(number, ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        return new AccountSummary(
            ledger.Account.Number.Value, ledger.Account.Address, ledger.Account.Status.ToString(),
            ledger.Arrears(today), ledger.Outstanding, ledger.Credit.Balance, ledger.DepositsHeld,
            [.. ledger.Bills.OrderByDescending(b => b.Period)
                .Select(b => new BillLine(b.Period, b.VolumeM3, b.Amount, b.AmountPaid, b.DueDate, b.Status.ToString()))]);
    }
}
