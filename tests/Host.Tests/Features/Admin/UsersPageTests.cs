using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Admin;

/// <summary>
/// The users page against the real Host: the first 50 users, 更多 for the next ones (none twice), a search by the start
/// of a user name, and for anyone but an administrator no users and the reason.
/// </summary>
public sealed class UsersPageTests : ComponentTest, IClassFixture<SqliteScenarioHost>
{
    private readonly SqliteScenarioHost host;

    public UsersPageTests(SqliteScenarioHost host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task The_administrator_sees_fifty_users_then_more_and_finds_users_by_the_start_of_their_name()
    {
        await AddUsersAsync("page-u-", 60);
        var page = await OpenAsync("admin");

        page.WaitForAssertion(() => Assert.Equal(UserAdministration.DefaultPageSize, Rows(page).Count), TimeSpan.FromSeconds(30));
        await page.Find("[data-testid=users-more]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.True(Rows(page).Count > UserAdministration.DefaultPageSize), TimeSpan.FromSeconds(30));
        while (page.FindAll("[data-testid=users-more]").Count > 0)
        {
            var shown = Rows(page).Count;
            await page.Find("[data-testid=users-more]").ClickAsync(new());
            page.WaitForAssertion(() => Assert.True(Rows(page).Count > shown), TimeSpan.FromSeconds(30));
        }
        var all = Rows(page);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(60, all.Count(u => u.StartsWith("page-u-", StringComparison.Ordinal)));

        await page.Find("input[data-testid=users-search]").InputAsync(new ChangeEventArgs { Value = "PAGE-U-5" });
        await page.Find("[data-testid=users-search-button]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(["page-u-50", "page-u-51", "page-u-52", "page-u-53", "page-u-54", "page-u-55", "page-u-56", "page-u-57", "page-u-58", "page-u-59"],
            Rows(page)), TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("[data-testid=users-more]"));
    }

    [Fact]
    public async Task Anyone_else_sees_no_users_and_why()
    {
        var page = await OpenAsync("clerk");

        page.WaitForAssertion(() => Assert.Contains("仅系统管理员可以执行此操作", page.Find("[data-testid=admin-error]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(Rows(page));
    }

    private static List<string> Rows(IRenderedComponent<UsersPage> page) =>
        [.. page.FindAll("[data-testid=user-row]").Select(r => r.GetAttribute("data-user")!)];

    private Task AddUsersAsync(string prefix, int count) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{prefix}{i:D2}";
            db.Users.Add(new ApplicationUser
            {
                UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = "分页" + i, CompanyId = host.CompanyId,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            });
        }
        await db.SaveChangesAsync();
    });

    private Task<IRenderedComponent<UsersPage>> OpenAsync(string userName) => RenderAsAsync<UsersPage>(host.Factory.Services, userName);
}
