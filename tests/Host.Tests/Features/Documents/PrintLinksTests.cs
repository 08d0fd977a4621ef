using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Documents;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Documents;

/// <summary>The pages' "打印" links against the real Host: only the documents a request has by now, none for another company's.</summary>
public sealed class PrintLinksTests : ComponentTest, IClassFixture<SqliteScenarioHost>
{
    private readonly SqliteScenarioHost host;

    public PrintLinksTests(SqliteScenarioHost host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task A_new_request_offers_its_receipt_only_and_another_company_sees_nothing_to_print()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(
            ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter, "新区大道9号", "",
            null, new NewApplicant(CustomerKind.Person, "打印用户", TestAccounts.NextResidentId(), ["13900139001"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));

        var ours = await ClickPrintAsync(flow.Request.Id, "clerk");
        var receipt = ours.Find("[data-testid=print-receipt]");
        Assert.Equal($"/api/requests/{flow.Request.Id}/documents/receipt", receipt.GetAttribute("href"));
        Assert.Equal("受理回执", receipt.TextContent.Trim());
        Assert.Empty(ours.FindAll("[data-testid=print-payment-notice]"));

        var theirs = await ClickPrintAsync(flow.Request.Id, "dz-clerk");
        Assert.Empty(theirs.FindAll("a"));
        Assert.Contains("暂时没有可打印的单据", theirs.Markup);
    }

    private async Task<IRenderedComponent<PrintLinks>> ClickPrintAsync(Guid requestId, string userName)
    {
        var user = await host.InScopeAsync(async s =>
        {
            var account = await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
                ?? throw new InvalidOperationException($"No demo user {userName}.");
            return await s.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(account);
        });
        var links = Render<PrintLinks>(p => p
            .Add(c => c.RequestId, requestId)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
        await links.Find("[data-testid=print]").ClickAsync(new());
        links.WaitForAssertion(() => Assert.Empty(links.FindAll("[data-testid=print]")), TimeSpan.FromSeconds(30));
        return links;
    }
}
