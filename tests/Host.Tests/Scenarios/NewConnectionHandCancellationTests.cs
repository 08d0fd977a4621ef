using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.History;
using Orchestrator.Host.Features.Instances;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 新装接水 cancelled by hand (<see cref="CancelInstance"/>): the administrator's cancellation takes the flow's
/// withdrawal path, so what was paid goes to refund through the business office and the ledger, what was not is
/// waived with who and why, and the history names the administrator. Other roles and another company cannot cancel.
/// </summary>
public abstract class NewConnectionHandCancellationTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Cancelled_after_paying_the_fee_the_business_office_refunds_that_amount_through_the_ledger()
    {
        var flow = await ApprovedAsync(budget: 5_000, deposit: 0);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-HC-" + flow.Request.Number, account, 5_000m, flow.Request.Number));

        var outcome = await CancelAsAsync("admin", flow, "重复受理，已合并到另一申请");

        Assert.Equal(OutcomeKind.Done, outcome.Kind);
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Equal(["RefundWithdrawal"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        var details = await flow.DetailsAsync();
        var admin = await DisplayNameAsync("admin");
        Assert.Contains(details.Timeline, e => e.Actor == admin && e.Text.Contains("重复受理，已合并到另一申请"));
        Assert.Single(details.Timeline, e => e.Text.Contains($"{admin}撤销申请") && e.Text.Contains("已缴费用 5000.00 元转营业所退还"));
        Assert.DoesNotContain(details.Timeline, e => e.Text.Contains("用户撤回"));
        var history = await host.InScopeAsync(s => s.GetRequiredService<RequestHistory>().LinesAsync(flow.Request.Id, new CultureInfo("zh-CN")));
        Assert.Single(history, h => h.Actor == admin && h.Text == "已撤销：重复受理，已合并到另一申请");
        Assert.Equal(OutcomeKind.Conflict, (await CancelAsAsync("admin", flow, "再撤销一次")).Kind);

        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 5_000), ("refundChannel", "Cash"));

        var refund = Assert.Single(await RefundsAsync(flow));
        Assert.Equal((RefundKind.Fee, 5_000m, PaymentChannel.Counter), (refund.Kind, refund.Amount, refund.Channel));
        Assert.Contains($"{admin}撤销申请", refund.Reason);
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("已退还费用 5000.00 元（现金）"));
    }

    [Fact]
    public async Task Cancelled_before_paying_the_fee_is_waived_with_who_and_why_and_nothing_is_refunded()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);

        var outcome = await CancelAsAsync("admin", flow, "用户电话告知不再接水");

        Assert.Equal(OutcomeKind.Done, outcome.Kind);
        Assert.Empty(await flow.OpenTasksAsync());
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        var details = await flow.DetailsAsync();
        var fee = Assert.Single(details.Fees);
        Assert.Equal((0m, 0m, nameof(BillStatus.Waived)), (fee.Outstanding, fee.AmountPaid, fee.Status));
        var admin = await DisplayNameAsync("admin");
        Assert.Single(details.Timeline, e => e.Text.Contains($"{admin}撤销申请（原因：用户电话告知不再接水）：未缴费用 21000.00 元已核销"));
        var waiver = (await FeeBillAsync(flow)).Lines[^1];
        Assert.Equal((Orchestrator.Domain.Billing.BillLineKind.Waiver, -21_000m), (waiver.Kind, waiver.Amount));
        Assert.Equal($"核销：{admin}撤销申请：用户电话告知不再接水", waiver.Name);
        Assert.Empty(await RefundsAsync(flow));
        var english = await host.InScopeAsync(s => s.GetRequiredService<RequestHistory>().LinesAsync(flow.Request.Id, new CultureInfo("en")));
        Assert.Contains(english, h => h.Text == $"{admin} cancelled the request (reason: 用户电话告知不再接水): the unpaid fee of 21000.00 yuan is waived and no longer owed.");
    }

    [Fact]
    public async Task Other_roles_and_another_company_cannot_cancel_and_nothing_changes()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);

        var clerk = await CancelAsAsync("clerk", flow, "想撤销");
        var duty = await CancelAsAsync("duty", flow, "想撤销");
        var otherCompany = await CancelAsAsync("dz-admin", flow, "想撤销");
        var noReason = await CancelAsAsync("admin", flow, " ");

        Assert.Equal((OutcomeKind.Forbidden, OutcomeKind.Forbidden, OutcomeKind.NotFound, OutcomeKind.Invalid),
            (clerk.Kind, duty.Kind, otherCompany.Kind, noReason.Kind));
        Assert.True(noReason.Problems!.ContainsKey("reason"));
        await flow.AssertStatusAsync(RequestStatus.InProgress);
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);
        var fee = Assert.Single((await flow.DetailsAsync()).Fees);
        Assert.Equal((21_000m, nameof(BillStatus.Unpaid)), (fee.Outstanding, fee.Status));
    }

    [Fact]
    public async Task Without_a_withdrawal_path_the_request_side_waives_the_unpaid_fee_and_leaves_the_paid_part_to_the_business_office()
    {
        var flow = await ApprovedAsync(budget: 5_000, deposit: 0);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-HC-PART-" + flow.Request.Number, account, 1_000m, flow.Request.Number));

        // What CancelInstance does for a flow that does not wait for "request-withdrawn", on this request's fee bill.
        await people.AsPageAsync("admin", async (op, staff) =>
        {
            var db = op.Get<OrchestratorDbContext>();
            var request = await db.ServiceRequests.SingleAsync(r => r.Id == flow.Request.Id);
            await op.Get<HandCancellation>().CloseAsync(request, staff, "错录", CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        var details = await flow.DetailsAsync();
        var admin = await DisplayNameAsync("admin");
        var fee = Assert.Single(details.Fees);
        Assert.Equal((1_000m, 1_000m, 0m, nameof(BillStatus.Waived)), (fee.Amount, fee.AmountPaid, fee.Outstanding, fee.Status));
        Assert.Equal($"核销：{admin}撤销申请：错录", (await FeeBillAsync(flow)).Lines[^1].Name);
        Assert.Single(details.Timeline, e => e.Actor == admin && e.Text == $"{admin}撤销申请（原因：错录）：未缴费用 4000.00 元已核销，不再欠缴。");
        Assert.Single(details.Timeline, e => e.Actor == admin && e.Text == $"{admin}撤销申请（原因：错录）：已缴 1000.00 元，请营业所办理退费。");
    }

    private Task<CommandOutcome> CancelAsAsync(string user, FlowDriver flow, string reason) =>
        people.AsPageAsync(user, (op, staff) => op.Get<CancelInstance>().RunAsync(staff, flow.Request.InstanceId, reason));

    private Task<string> DisplayNameAsync(string user) => people.AsPageAsync(user, (_, staff) => Task.FromResult(staff.DisplayName));

    private async Task<FlowDriver> ApprovedAsync(double budget, double deposit)
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道16号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "撤销用户", TestAccounts.NextResidentId(), ["13900139016"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN50"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", budget), ("depositAmount", deposit));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        host.Clock.Set(new DateOnly(2026, 9, 21), new TimeOnly(11, 30));
        return flow;
    }

    private Task<Bill> FeeBillAsync(FlowDriver flow) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Bills.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Period == flow.Request.Number && b.CompanyId == host.CompanyId));

    private Task<List<Refund>> RefundsAsync(FlowDriver flow) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var number = AccountNumber.Parse((await flow.DetailsAsync()).AccountNumber!);
        var account = await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Number == number && a.CompanyId == host.CompanyId);
        return await db.Refunds.IgnoreQueryFilters().AsNoTracking().Where(r => r.AccountId == account.Id).ToListAsync();
    });
}

public sealed class NewConnectionHandCancellationSqliteTests(SqliteScenarioHost host) : NewConnectionHandCancellationTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class NewConnectionHandCancellationPostgresTests(PostgresScenarioHost host) : NewConnectionHandCancellationTests(host), IClassFixture<PostgresScenarioHost>;
