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

    private static async Task SearchAsync(IRenderedComponent<CashPage> page, string accountNumber)
    {
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input")), TimeSpan.FromSeconds(30));
        await page.Find("input").ChangeAsync(new ChangeEventArgs { Value = accountNumber });
        await page.Find("button[data-testid=cash-find]").ClickAsync(new());
    }

    private async Task<IRenderedComponent<CashPage>> OpenAsync(string userName)
    {
        var user = await host.InScopeAsync(async s =>
        {
            var account = await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
                ?? throw new InvalidOperationException($"No demo user {userName}.");
            return await s.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(account);
        });
        RenderFragment fragment = b =>
        {
            b.OpenComponent<CascadingValue<Task<AuthenticationState>>>(0);
            b.AddAttribute(1, "Value", Task.FromResult(new AuthenticationState(user)));
            b.AddAttribute(2, "ChildContent", (RenderFragment)(c =>
            {
                c.OpenComponent<MudPopoverProvider>(0);
                c.CloseComponent();
                c.OpenComponent<CashPage>(1);
                c.CloseComponent();
            }));
            b.CloseComponent();
        };
        return Render<CashPage>(fragment);
    }
}
