using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Features.Instances;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Accounts;

/// <summary>
/// Customer 360's account panel against the real Host, in zh-CN: a fee waived when its request was cancelled reads
/// 已核销, a counter payment's channel 柜台 and its receipt 有效 — never the ledger's enum names.
/// </summary>
public sealed class AccountBillingPanelTests : ComponentTest, IClassFixture<SqliteScenarioHost>
{
    private readonly SqliteScenarioHost host;

    public AccountBillingPanelTests(SqliteScenarioHost host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task A_waived_fee_and_a_counter_payment_read_in_chinese()
    {
        var (flow, account) = await FeeIssuedAsync();
        await host.InScopeAsync(s => s.GetRequiredService<PaymentRecorder>().RecordAsync(
            new RecordPayment(account, PaymentChannel.Counter, "panel-" + account, 100m, Cashier: "office")));
        Assert.Equal(OutcomeKind.Done, (await new AccessMatrixHarness(host).AsPageAsync("admin",
            (op, staff) => op.Get<CancelInstance>().RunAsync(staff, flow.Request.InstanceId, "重复受理"))).Kind);
        var clerk = await PrincipalAsync("clerk");

        var panel = Render<AccountBillingPanel>(p => p.Add(x => x.AccountNumber, account).Add(x => x.User, clerk));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=account-bill]")), TimeSpan.FromSeconds(30));
        var bill = Assert.Single(panel.FindAll("[data-testid=account-bill]"));
        Assert.Contains("已核销", bill.TextContent);
        Assert.DoesNotContain("Waived", panel.Markup);
        Assert.Contains("账单", panel.Markup); // the tab's name, not its resource key "Bills"
        await panel.FindAll(".mud-tab").Single(t => t.TextContent.Contains("缴费")).ClickAsync(new());
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=account-payment]")), TimeSpan.FromSeconds(30));
        var payment = Assert.Single(panel.FindAll("[data-testid=account-payment]"));
        Assert.Contains("柜台", payment.TextContent);
        Assert.Contains("有效", payment.TextContent);
        foreach (var raw in new[] { "Counter", "Issued" })
            Assert.DoesNotContain(raw, payment.TextContent);
    }

    private async Task<(FlowDriver Flow, string Account)> FeeIssuedAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道18号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "面板用户", TestAccounts.NextResidentId(), ["13900139018"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN25"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", 800), ("depositAmount", 0));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        host.Clock.Set(new DateOnly(2026, 9, 21), new TimeOnly(11, 30));
        return (flow, (await flow.DetailsAsync()).AccountNumber!);
    }

    private Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName) => host.InScopeAsync(async s =>
    {
        var user = await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo user {userName}.");
        return await s.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
    });
}
