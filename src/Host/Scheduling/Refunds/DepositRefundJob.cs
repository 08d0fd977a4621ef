using Hangfire;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling.Refunds;

/// <summary>
/// On a deposit's refund day: checks it is still due (a large-volume deposit needs a year of normal payment,
/// re-checked now), then starts the refund flow — a task for the business office and a notice to the
/// customer. Safe to run twice: a refunded deposit or one whose refund flow already runs is left alone.
/// </summary>
public sealed class DepositRefundJob(
    OrchestratorDbContext db, IWorkflowRuntime runtime, IBackgroundJobClient jobs, TimeProvider clock, ILogger<DepositRefundJob> logger)
{
    public const string ProcessKey = "deposit_refund";

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid depositId, string? requestNumber, CancellationToken cancellationToken)
    {
        var deposit = await db.Deposits.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(d => d.Id == depositId, cancellationToken);
        if (deposit is null || deposit.Status == DepositStatus.Refunded) return;
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var dueOn = await DueOnAsync(deposit, today, cancellationToken);
        if (dueOn > today)
        {
            DepositRefundOutboxHandler.Schedule(jobs, depositId, requestNumber, dueOn);
            logger.LogInformation("Deposit {Deposit} is not refundable yet; checked again on {Due}", depositId, dueOn);
            return;
        }
        // The request's number keeps the refund task in its company's inbox; a deposit without one keys by itself.
        var businessKey = requestNumber ?? $"DEP-{depositId:N}";
        if (await db.Set<WorkflowInstanceRecord>().AnyAsync(i => i.ProcessKey == ProcessKey && i.BusinessKey == businessKey, cancellationToken)) return;
        var account = await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == deposit.AccountId, cancellationToken);
        await runtime.StartAsync(ProcessKey, businessKey, new Dictionary<string, object?>
        {
            ["depositId"] = deposit.Id.ToString(),
            ["accountNumber"] = account.Number.Value,
            ["amount"] = deposit.Amount,
            ["requestNumber"] = requestNumber,
        }, deposit.CompanyId, cancellationToken);
        await NotifyCustomerAsync(deposit, account, cancellationToken);
    }

    private async Task NotifyCustomerAsync(Deposit deposit, Domain.Customers.Account account, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == account.CustomerId, cancellationToken);
        if (customer.Email is null) return;
        var notice = new MailRequest(MailTemplates.DepositRefund, [customer.Email], "zh-CN", new Dictionary<string, string>
        {
            ["customerName"] = customer.Name,
            ["accountNumber"] = account.Number.Value,
            ["amount"] = deposit.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        });
        jobs.Enqueue<SendMailJob>(job => job.RunAsync($"deposit-refund:{deposit.Id}", notice, CancellationToken.None));
    }

    private async Task<DateOnly> DueOnAsync(Deposit deposit, DateOnly today, CancellationToken cancellationToken)
    {
        if (deposit.Kind != DepositKind.LargeVolumeWater3Months) return deposit.RefundDueOn ?? today;
        var bills = await db.Bills.IgnoreQueryFilters().AsNoTracking().Where(b => b.AccountId == deposit.AccountId).ToListAsync(cancellationToken);
        return new DepositRefundPolicy().LargeVolumeRefundDue(deposit.HeldOn, bills, today) ?? today.AddMonths(1);
    }
}
