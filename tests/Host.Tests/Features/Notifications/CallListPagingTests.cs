using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Api;
using Orchestrator.Host.Features.Notifications;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Payments;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Notifications;

/// <summary>
/// 电话通知名单 a page at a time after a cursor: calls listed at the same instant keep one order across pages, none is
/// lost or shown twice, a page costs two SQL commands (the calls, then their customers), and another company's
/// calls never appear.
/// </summary>
public abstract class CallListPagingTests(IScenarioHost host)
{
    [Fact]
    public async Task Calls_of_one_instant_page_in_two_commands_each_none_lost_or_doubled_and_another_companys_stay_out()
    {
        var at = new DateTimeOffset(2026, 10, 9, 1, 0, 0, TimeSpan.Zero);
        var ours = await CallsAsync(host.CompanyId, 7, at);
        var theirs = await CallsAsync(await host.CompanyIdAsync("dz"), 3, at);

        var (paged, commands) = await PagesAsync("clerk", 3);
        var whole = await InScopeAsync("clerk", async (query, user) => (await query.OpenAsync(user, size: 200)).Items);
        var otherCompany = (await PagesAsync("dz-clerk", 3)).Items;

        Assert.Equal(whole.Select(c => c.Id), paged.Select(c => c.Id));
        Assert.Equal(paged.Count, paged.Select(c => c.Id).Distinct().Count());
        Assert.All(ours, id => Assert.Single(paged, c => c.Id == id));
        Assert.DoesNotContain(paged, c => theirs.Contains(c.Id));
        Assert.Equal(paged.Select(c => c.CreatedAt).Order(), paged.Select(c => c.CreatedAt));
        Assert.True(commands.Count >= 3, $"{paged.Count} calls in {commands.Count} pages");
        Assert.All(commands, c => Assert.Equal(2, c));
        Assert.All(theirs, id => Assert.Single(otherCompany, c => c.Id == id));
        Assert.DoesNotContain(otherCompany, c => ours.Contains(c.Id));
        Assert.Empty((await PagesAsync("design", 3)).Items);
    }

    /// <summary>Open calls of customers without an e-mail address, as the notice handler lists them, all at <paramref name="at"/>.</summary>
    private async Task<List<Guid>> CallsAsync(Guid company, int count, DateTimeOffset at)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var account = await TestAccounts.CreateAsync(host, companyId: company);
            var call = new CustomerCall
            {
                Id = Guid.NewGuid(), CompanyId = company, CustomerId = account.CustomerId, Template = "fee-due", Reason = "客户未留电子邮箱。", CreatedAt = at,
            };
            await host.WithDbAsync(async db =>
            {
                db.Add(call);
                return await db.SaveChangesAsync();
            });
            ids.Add(call.Id);
        }
        return ids;
    }

    private Task<(List<CallListItem> Items, List<int> Commands)> PagesAsync(string userName, int size) =>
        InScopeAsync(userName, async (query, user, db) =>
        {
            var items = new List<CallListItem>();
            var commands = new List<int>();
            OldestFirstCursor? cursor = null;
            do
            {
                using var log = new SqlCommandLog(db);
                await log.ReadyAsync();
                var page = await query.OpenAsync(user, cursor, size);
                commands.Add(log.Commands.Count);
                items.AddRange(page.Items);
                cursor = page.Next;
            }
            while (cursor is not null);
            return (items, commands);
        });

    private Task<T> InScopeAsync<T>(string userName, Func<CallListQuery, ClaimsPrincipal, Task<T>> work) =>
        InScopeAsync(userName, (query, user, _) => work(query, user));

    private Task<T> InScopeAsync<T>(string userName, Func<CallListQuery, ClaimsPrincipal, OrchestratorDbContext, Task<T>> work) =>
        host.InScopeAsync(async s =>
        {
            var user = await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
                ?? throw new InvalidOperationException($"No demo user {userName}.");
            var principal = await s.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
            return await work(s.GetRequiredService<CallListQuery>(), principal, s.GetRequiredService<OrchestratorDbContext>());
        });
}

public sealed class CallListPagingSqliteTests(SqliteScenarioHost host) : CallListPagingTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class CallListPagingPostgresTests(PostgresScenarioHost host) : CallListPagingTests(host), IClassFixture<PostgresScenarioHost>;
