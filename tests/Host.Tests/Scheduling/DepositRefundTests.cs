using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling.Refunds;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>On its refund day a deposit gets a task for the business office; paying it back records the refund.</summary>
public sealed class DepositRefundTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task A_due_retrofit_deposit_becomes_a_business_office_task_once_and_paying_it_records_the_refund()
    {
        var deposit = await DepositAsync(DepositKind.HouseholdRetrofit30Days, dueInDays: 0);

        await RunJobAsync(deposit, "HB-REFUND-1");
        await RunJobAsync(deposit, "HB-REFUND-1");

        var task = Assert.Single(await RefundTasksAsync("HB-REFUND-1"));
        Assert.Contains("business-office", task.CandidateGroups);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                .CompleteTaskAsync(task.Id, new Dictionary<string, object?> { ["refundChannel"] = "BankTransfer" }, "office");
        }
        var refunded = await host.WithDbAsync(db => db.Deposits.SingleAsync(d => d.Id == deposit));
        Assert.Equal(DepositStatus.Refunded, refunded.Status);
        Assert.Equal(ChinaTime.DateOf(DateTimeOffset.UtcNow), refunded.RefundedOn);
    }

    [Fact]
    public async Task A_deposit_not_yet_due_starts_nothing()
    {
        var deposit = await DepositAsync(DepositKind.HouseholdRetrofit30Days, dueInDays: 10);

        await RunJobAsync(deposit, "HB-REFUND-2");

        Assert.Empty(await RefundTasksAsync("HB-REFUND-2"));
    }

    private async Task RunJobAsync(Guid depositId, string requestNumber)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DepositRefundJob>().RunAsync(depositId, requestNumber, CancellationToken.None);
    }

    private async Task<IReadOnlyList<UserTaskRecord>> RefundTasksAsync(string requestNumber)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var tasks = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().QueryTasksAsync(new UserTaskQuery());
        return [.. tasks.Where(t => t.BusinessKey == requestNumber && t.ElementId == "RefundDeposit")];
    }

    private Task<Guid> DepositAsync(DepositKind kind, int dueInDays) => host.WithDbAsync(async db =>
    {
        var account = await db.Accounts.IgnoreQueryFilters().OrderBy(a => a.Id).FirstAsync();
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var deposit = Deposit.Take(account.CompanyId, account.Id, kind, 300m, today.AddDays(-30));
        deposit.MarkRefundDue(today.AddDays(dueInDays));
        db.Deposits.Add(deposit);
        await db.SaveChangesAsync();
        return deposit.Id;
    });
}
