using System.Text.Json;
using Hangfire;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling.Refunds;

/// <summary>A deposit that falls due for refund gets a Hangfire job on the morning of its due day.</summary>
public sealed class DepositRefundOutboxHandler(IBackgroundJobClient jobs) : IOutboxHandler
{
    public string Kind => DepositRefundDue.OutboxKind;

    public Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<DepositRefundDue>(item.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox row {item.Id} holds no deposit refund.");
        Schedule(jobs, due.DepositId, due.RequestNumber, due.RefundDueOn);
        return Task.CompletedTask;
    }

    public static void Schedule(IBackgroundJobClient jobs, Guid depositId, string? requestNumber, DateOnly dueOn) =>
        jobs.Schedule<DepositRefundJob>(job => job.RunAsync(depositId, requestNumber, CancellationToken.None), ChinaTime.At(dueOn, new TimeOnly(9, 0)));
}
