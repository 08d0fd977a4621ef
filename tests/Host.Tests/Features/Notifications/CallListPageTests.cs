using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Notifications;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Notifications;

/// <summary>
/// 电话通知名单 against the real Host: the first page shows 50 calls and "更多" the rest; once a call is recorded the
/// list is read again with as many rows as were on the screen, so the clerk keeps the rows "更多" brought in.
/// </summary>
public sealed class CallListPageTests : ComponentTest, IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SqliteHostFixture host;

    public CallListPageTests(SqliteHostFixture host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task More_brings_in_the_next_page_and_recording_a_call_keeps_the_rows_on_the_screen()
    {
        var calls = await CallsAsync(CallListQuery.PageSize + 5);

        var page = await OpenAsync("clerk");
        page.WaitForAssertion(() => Assert.Equal(CallListQuery.PageSize, Rows(page)), Patience);
        await page.Find("[data-testid=calls-more]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(calls.Count, Rows(page)), Patience);
        Assert.Empty(page.FindAll("[data-testid=calls-more]"));

        await page.FindAll("button[data-testid=call-done]")[0].ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(calls.Count - 1, Rows(page)), Patience);
        Assert.Empty(page.FindAll("[data-testid=calls-more]"));
    }

    /// <summary>Open calls for one customer, a minute apart, as the notice handler lists a customer without e-mail.</summary>
    private async Task<List<Guid>> CallsAsync(int count)
    {
        var ids = new List<Guid>();
        await host.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.Code == "city");
            var customer = await db.Customers.IgnoreQueryFilters().FirstAsync(c => c.CompanyId == company.Id);
            var at = DateTimeOffset.UtcNow.AddHours(-2);
            for (var i = 0; i < count; i++)
            {
                var call = new CustomerCall
                {
                    Id = Guid.NewGuid(), CompanyId = company.Id, CustomerId = customer.Id, Template = "fee-due", Reason = "客户未留电子邮箱。",
                    CreatedAt = at.AddMinutes(i),
                };
                db.Add(call);
                ids.Add(call.Id);
            }
            return await db.SaveChangesAsync();
        });
        return ids;
    }

    private static int Rows(IRenderedComponent<CallListPage> page) => page.FindAll("[data-testid=call-row]").Count;

    private Task<IRenderedComponent<CallListPage>> OpenAsync(string userName) => RenderAsAsync<CallListPage>(host.Factory.Services, userName);
}
