using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 核查欠费: sums what the customer owes on the request's account and on every other account of the same
/// customer. A request does not go on while anything is owed (seeds 003/004); the flow loops back here
/// after the customer pays. A constant number of queries whatever the number of accounts: the accounts, their
/// overdue bills, the request.
/// </summary>
[Activity("water.checkArrears", DisplayName = "核查欠费 Check arrears", Category = "账务 Ledger",
    Description = "Outcome 'clear' or 'owing' with the amount owed; owing blocks the request until it is settled.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Description = "The account of the request, if it has one.")]
[ActivityInput("customerId", typeof(string), Description = "The customer; all of the customer's accounts are checked.")]
[ActivityOutput("arrears", typeof(decimal), Description = "Yuan owed on bills past their due date.")]
[ActivityOutput("arrearsAccounts", typeof(string[]))]
[ActivityOutcome("clear")]
[ActivityOutcome("owing")]
public sealed class CheckArrears : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var (today, owing, total) = (context.Today(), new List<string>(), 0m);
        var accounts = await AccountsToCheckAsync(context);
        var overdue = await OverdueBillsAsync(context, accounts, today);
        foreach (var account in accounts)
        {
            var arrears = AccountLedger.ArrearsOf(overdue[account.Id], today);
            if (arrears <= 0) continue;
            owing.Add(account.Number.Value);
            total += arrears;
        }
        await RequestRecords.NoteAsync(context, total == 0 ? "欠费核查：无欠费。" : $"欠费核查：欠费 {total:0.00} 元（户号 {string.Join("、", owing)}），结清后方可办理。");
        var outputs = new Dictionary<string, object?> { ["arrears"] = ActivityContextExtensions.Yuan(total), ["arrearsAccounts"] = owing };
        return new ActivityResult(outputs, total == 0 ? "clear" : "owing");
    }

    /// <summary>The bills past their due date of every account checked, in one query whatever the number of accounts.</summary>
    private static async Task<ILookup<Guid, Bill>> OverdueBillsAsync(ActivityContext context, List<Account> accounts, DateOnly today)
    {
        if (accounts.Count == 0) return Array.Empty<Bill>().ToLookup(b => b.AccountId);
        var ids = accounts.Select(a => a.Id).ToList();
        var bills = await context.Db().Set<Bill>().Where(b => ids.Contains(b.AccountId) && b.DueDate < today).ToListAsync(context.CancellationToken);
        return bills.ToLookup(b => b.AccountId);
    }

    private static async Task<List<Account>> AccountsToCheckAsync(ActivityContext context)
    {
        var accounts = context.Db().Set<Account>();
        var number = context.Text("accountNumber") is { } text ? AccountNumber.Parse(text) : null;
        var customerId = Guid.TryParse(context.Text("customerId"), out var id) ? id : (Guid?)null;
        var companyId = context.CompanyId();
        return await accounts.Where(a => companyId == null || a.CompanyId == companyId)
            .Where(a => (number != null && a.Number == number) || (customerId != null && a.CustomerId == customerId))
            .ToListAsync(context.CancellationToken);
    }
}
