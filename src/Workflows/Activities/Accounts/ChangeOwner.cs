using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// 变更用户信息: the account, its number and meters stay; the customer becomes the applicant of the transfer.
/// </summary>
[Activity("water.changeOwner", DisplayName = "变更户主 Change owner", Category = "客户 Accounts",
    Description = "Transfers the account to the request's customer (the new owner).")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityOutput("previousCustomerId", typeof(string))]
public sealed class ChangeOwner : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        var account = await AccountLookup.AccountAsync(context);
        var previous = account.CustomerId;
        var newOwner = request.CustomerId
            ?? throw new InvalidOperationException($"Request {request.Number} names no new owner.");
        account.TransferTo(newOwner);
        RequestRecords.Note(context, request, $"户号 {account.Number} 已过户给新用户。");
        return ActivityResult.With("previousCustomerId", previous.ToString());
    }
}
