using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// 立户: opens the applicant's account with the company's next 10-digit number (check digit included) at
/// the request's address, so fees, deposits and later bills have somewhere to go. Runs once per request.
/// </summary>
[Activity("water.createAccount", DisplayName = "立户 Create account", Category = "客户 Accounts",
    Description = "Header 'waterNature' (Residential, NonResidential, Special). Large volume when a deposit was asked for.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("depositAmount", typeof(decimal), Description = "A 3-month deposit marks a large-volume user.")]
[ActivityOutput("accountNumber", typeof(string))]
public sealed class CreateAccount : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        var db = context.Db();
        if (request.AccountId is { } existingId && await db.Set<Account>().FindAsync([existingId], context.CancellationToken) is { } existing)
            return ActivityResult.With("accountNumber", existing.Number.Value);
        if (request.CustomerId is not { } customerId)
            throw new InvalidOperationException($"Request {request.Number} has no customer to open an account for.");

        var number = await AccountSerials.NextAsync(db, context.CancellationToken);
        var nature = Enum.Parse<WaterNature>(context.Header("waterNature", nameof(WaterNature.Residential)), ignoreCase: true);
        var account = Account.Open(request.CompanyId, customerId, number, request.Address, nature, context.Today(),
            isLargeVolume: (context.Decimal("depositAmount") ?? 0) > 0);
        db.Add(account);
        request.LinkAccount(account.Id);
        RequestRecords.Note(context, request, $"立户：户号 {number}。");
        return ActivityResult.With("accountNumber", number.Value);
    }
}
