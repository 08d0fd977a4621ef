using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Waiting;

/// <summary>
/// 待客户办理 against the real Host: more waits than a page, all begun at the same instant, show 50 first and the rest
/// after "更多", each request once.
/// </summary>
public sealed class WaitingForCustomerPageTests : ComponentTest, IClassFixture<SqliteScenarioHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SqliteScenarioHost host;

    public WaitingForCustomerPageTests(SqliteScenarioHost host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
        Services.AddSingleton<TimeProvider>(host.Clock);
    }

    [Fact]
    public async Task More_shows_the_waits_after_the_first_page_each_once()
    {
        host.Clock.Set(new DateOnly(2026, 10, 12), new TimeOnly(9, 0));
        var numbers = new List<string>();
        for (var i = 0; i < WaitingForCustomerQuery.DefaultPageSize + 3; i++)
        {
            var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter,
                "新区大道12号", "新建住宅接水", null, new NewApplicant(CustomerKind.Person, "同刻用户", TestAccounts.NextResidentId(), ["13900139000"]), null,
                ["property-certificate"]));
            numbers.Add(flow.Request.Number);
        }

        var page = await OpenAsync("clerk");
        page.WaitForAssertion(() => Assert.Equal(WaitingForCustomerQuery.DefaultPageSize, Listed(page).Count), Patience);
        await page.Find("[data-testid=waiting-more]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.True(Listed(page).Count > WaitingForCustomerQuery.DefaultPageSize), Patience);
        var listed = Listed(page);
        Assert.All(numbers, n => Assert.Single(listed, l => l == n));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Empty(page.FindAll("[data-testid=waiting-more]"));
    }

    private static List<string> Listed(IRenderedComponent<WaitingForCustomerPage> page) =>
        [.. page.FindAll("[data-testid=waiting-row]").Select(r => r.GetAttribute("data-request")!)];

    private Task<IRenderedComponent<WaitingForCustomerPage>> OpenAsync(string userName) => RenderAsAsync<WaitingForCustomerPage>(host.Factory.Services, userName);
}
