using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Cash;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Billing;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Cash;

/// <summary>
/// The cash desk page against the real Host: the office finds an account's payment with the receipt it got when
/// it was recorded and reprints it (recorded); another company's office does not find the account.
/// </summary>
public sealed class CashPageTests : ComponentTest, IClassFixture<SqliteScenarioHost>
{
    private readonly SqliteScenarioHost host;

    public CashPageTests(SqliteScenarioHost host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task The_office_finds_a_payment_with_the_receipt_it_got_when_recorded_and_reprints_it()
    {
        var account = await BillingAccounts.CreateAsync(host, new DateOnly(2026, 7, 25));
        var paid = await host.InScopeAsync(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(
            new RecordPayment(account.AccountNumber, PaymentChannel.Counter, "page-" + account.AccountNumber, 40m, Cashier: "office")));
        var number = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Receipts.Where(r => r.PaymentId == paid.PaymentId)
            .Select(r => r.Number).SingleAsync());

        var page = await OpenAsync("office");
        await SearchAsync(page, account.AccountNumber);
        page.WaitForAssertion(() => Assert.Contains(number, page.Find("[data-testid=cash-receipt]").TextContent), TimeSpan.FromSeconds(30));
        await page.Find("button[data-testid=cash-reprint]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains(number, page.Find("[data-testid=cash-done]").TextContent), TimeSpan.FromSeconds(30));
        var prints = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Receipts.Where(r => r.Number == number).SingleAsync());
        Assert.Equal("office", Assert.Single(prints.Prints).By);
    }

    [Fact]
    public async Task Another_companys_office_does_not_find_the_account()
    {
        var account = await BillingAccounts.CreateAsync(host, new DateOnly(2026, 7, 25));

        var theirs = await OpenAsync("dz-clerk");
        await SearchAsync(theirs, account.AccountNumber);
        theirs.WaitForAssertion(() => Assert.Contains(account.AccountNumber, theirs.Find("[data-testid=cash-error]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(theirs.FindAll("[data-testid=cash-payment]"));
    }

    [Fact]
    public async Task The_manager_sees_a_deposit_due_beside_one_still_held_and_refunds_it_through_the_ledger()
    {
        var account = await BillingAccounts.CreateAsync(host, new DateOnly(2026, 7, 25));
        var (due, held) = await DepositsAsync(account.AccountNumber);

        var page = await OpenAsync("officemgr");
        await SearchAsync(page, account.AccountNumber);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=cash-deposit]").Count), TimeSpan.FromSeconds(30));
        Assert.Equal(["在押", "待退"], page.FindAll("[data-testid=cash-deposit-status]").Select(c => c.TextContent).ToArray()); // newest deposit first
        Assert.Single(page.FindAll("button[data-testid=cash-refund-deposit]")); // only the one due
        await InputOf(page, "cash-reason").ChangeAsync(new ChangeEventArgs { Value = "用水满一年，退还押金" });
        await page.Find("button[data-testid=cash-refund-deposit]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("600.00", page.Find("[data-testid=cash-done]").TextContent), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.Contains("押金退还", page.Find("[data-testid=cash-refund-row]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("button[data-testid=cash-refund-deposit]"));
        var (refunded, stillHeld, refund) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OrchestratorDbContext>();
            return (await db.Deposits.IgnoreQueryFilters().SingleAsync(d => d.Id == due), await db.Deposits.IgnoreQueryFilters().SingleAsync(d => d.Id == held),
                await db.Refunds.IgnoreQueryFilters().SingleAsync(r => r.DepositId == due));
        });
        Assert.Equal((DepositStatus.Refunded, DepositStatus.Held), (refunded.Status, stillHeld.Status));
        Assert.Equal((RefundKind.Deposit, 600m, "officemgr", "用水满一年，退还押金"), (refund.Kind, refund.Amount, refund.PaidBy, refund.Reason));
    }

    [Fact]
    public async Task The_office_without_the_manager_role_is_told_in_chinese_who_may_refund_and_nothing_is_paid()
    {
        var account = await BillingAccounts.CreateAsync(host, new DateOnly(2026, 7, 25));
        var (due, _) = await DepositsAsync(account.AccountNumber);

        var page = await OpenAsync("office");
        await SearchAsync(page, account.AccountNumber);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("button[data-testid=cash-refund-deposit]")), TimeSpan.FromSeconds(30));
        await InputOf(page, "cash-reason").ChangeAsync(new ChangeEventArgs { Value = "退押金" });
        await page.Find("button[data-testid=cash-refund-deposit]").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            var error = page.Find("[data-testid=cash-error]").TextContent;
            Assert.Contains("无权办理退款", error);
            Assert.Contains("营业所经理", error);
            Assert.DoesNotContain("may not", error);
        }, TimeSpan.FromSeconds(30));
        var deposit = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Deposits.IgnoreQueryFilters().SingleAsync(d => d.Id == due));
        Assert.Equal(DepositStatus.RefundDue, deposit.Status);
    }

    /// <summary>A 600 yuan deposit whose refund is due and a 300 yuan one still held, on the account.</summary>
    private Task<(Guid Due, Guid Held)> DepositsAsync(string accountNumber) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var number = Orchestrator.Domain.Customers.AccountNumber.Parse(accountNumber);
        var accountId = await db.Accounts.IgnoreQueryFilters().Where(a => a.Number == number).Select(a => a.Id).SingleAsync();
        var due = Deposit.Take(host.CompanyId, accountId, DepositKind.LargeVolumeWater3Months, 600m, new DateOnly(2025, 7, 1));
        due.MarkRefundDue(new DateOnly(2026, 7, 1));
        var held = Deposit.Take(host.CompanyId, accountId, DepositKind.HouseholdRetrofit30Days, 300m, new DateOnly(2026, 7, 1));
        db.Deposits.AddRange(due, held);
        await db.SaveChangesAsync();
        return (due.Id, held.Id);
    });

    private static AngleSharp.Dom.IElement InputOf(IRenderedComponent<CashPage> page, string testId)
    {
        var marked = page.Find($"[data-testid={testId}]");
        return marked.TagName == "INPUT" ? marked : marked.QuerySelector("input")!;
    }

    private static async Task SearchAsync(IRenderedComponent<CashPage> page, string accountNumber)
    {
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input")), TimeSpan.FromSeconds(30));
        await page.Find("input").ChangeAsync(new ChangeEventArgs { Value = accountNumber });
        await page.Find("button[data-testid=cash-find]").ClickAsync(new());
    }

    private Task<IRenderedComponent<CashPage>> OpenAsync(string userName) => RenderAsAsync<CashPage>(host.Factory.Services, userName);
}
