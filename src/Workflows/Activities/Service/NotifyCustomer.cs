using System.Globalization;
using Orchestrator.Domain.Customers;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Service;

/// <summary>
/// 通知用户: writes a customer message to the outbox, sent after the step commits; the timeline says 已通知
/// only once the mail server took it (or 通知失败 with the reason). The header 'template'
/// names it (application-received, arrears-block, fee-due, appointment-booked, deposit-refund, ...); the
/// step's inputs fill its placeholders.
/// </summary>
[Activity("water.notifyCustomer", DisplayName = "通知用户 Notify customer", Category = "客户服务 Service",
    Description = "Header 'template': the mail template key. Every input becomes a placeholder value.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string))]
[ActivityInput("customerId", typeof(string))]
public sealed class NotifyCustomer : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestRecords.LoadAsync(context);
        var template = context.Header("template", "application-received");
        var customer = request.CustomerId is { } id ? await context.Db().Set<Customer>().FindAsync([id], context.CancellationToken) : null;
        var data = context.Inputs
            .Where(p => p.Value is string or bool or long or double)
            .ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "");
        data["requestNumber"] = request.Number;
        data["customerName"] = customer?.Name ?? "客户";
        data.TryAdd("date", context.Today().ToString("yyyy-MM-dd"));
        context.AddOutboxItem(CustomerNotice.OutboxKind, new CustomerNotice(template, request.Number, request.CustomerId, "zh-CN", data));
        RequestRecords.Note(context, request, $"通知用户（{template}）待发送。");
        return ActivityResult.Done();
    }
}
