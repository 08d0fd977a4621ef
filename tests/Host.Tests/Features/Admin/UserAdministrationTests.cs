using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Admin;

/// <summary>
/// The users page reads the administrator's company a page at a time in SQL (user-name order, two commands a page:
/// the users with their units, then their roles), finds users by the start of a name, never shows another company's
/// users, refuses everyone but administrators, and says why in the reader's language.
/// </summary>
public abstract class UserAdministrationTests(IScenarioHost host)
{
    private const string Password = "Demo@2026";

    [Fact]
    public async Task Pages_list_every_user_once_in_name_order_in_two_commands_and_never_another_companys()
    {
        var ours = await UsersAsync(host.CompanyId, "pg-a-", 7);
        var theirs = await UsersAsync(await OtherCompanyAsync(), "pg-a-x", 2);
        var admin = Staff(host.CompanyId, Roles.Administrator);

        var seen = new List<StaffAccount>();
        string? after = null;
        do
        {
            var (page, commands) = await PageWithCommandsAsync(admin, null, after, 3);
            Assert.Null(page.Refusal);
            Assert.InRange(commands.Count, 1, 2);
            Assert.Contains("LIMIT", commands[0], StringComparison.OrdinalIgnoreCase);
            Assert.True(page.Accounts.Count <= 3);
            seen.AddRange(page.Accounts);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Select(a => a.Id).Distinct().Count());
        Assert.Equal(ours, seen.Where(a => a.UserName.StartsWith("pg-a-", StringComparison.Ordinal)).Select(a => a.UserName));
        Assert.DoesNotContain(seen, a => theirs.Contains(a.UserName));
        Assert.Contains(seen, a => a.UserName == "admin");
        var first = seen.Single(a => a.UserName == ours[0]);
        Assert.Equal([Roles.Clerk], first.Roles);
        Assert.Equal(await UnitNameAsync(host.CompanyId), first.UnitName);
    }

    [Fact]
    public async Task A_user_added_before_the_cursor_does_not_move_the_next_page()
    {
        var ours = await UsersAsync(host.CompanyId, "pg-b-", 6);
        var admin = Staff(host.CompanyId, Roles.Administrator);
        var (first, _) = await PageWithCommandsAsync(admin, "pg-b-", null, 3);

        await UsersAsync(host.CompanyId, "pg-b-0", 1); // sorts before every user of the first page
        var (second, _) = await PageWithCommandsAsync(admin, "pg-b-", first.Next, 3);

        Assert.Equal(ours[..3], first.Accounts.Select(a => a.UserName));
        Assert.Equal(ours[3..], second.Accounts.Select(a => a.UserName));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task A_search_finds_users_by_the_start_of_their_user_name_in_any_case_or_of_their_name()
    {
        var ours = await UsersAsync(host.CompanyId, "pg-c-", 3, displayName: "检索测试");
        await UsersAsync(await OtherCompanyAsync(), "pg-c-x", 1, displayName: "检索测试");
        var admin = Staff(host.CompanyId, Roles.Administrator);

        var byUserName = (await PageWithCommandsAsync(admin, "PG-C-", null, 50)).Page;
        var byName = (await PageWithCommandsAsync(admin, "检索", null, 50)).Page;
        var none = (await PageWithCommandsAsync(admin, "pg-c-zzz", null, 50)).Page;

        Assert.Equal(ours, byUserName.Accounts.Select(a => a.UserName));
        Assert.Equal(ours, byName.Accounts.Select(a => a.UserName));
        Assert.Empty(none.Accounts);
        Assert.Null(none.Next);
    }

    [Theory]
    [InlineData("zh-CN", "仅系统管理员可以执行此操作", "本公司没有这个用户")]
    [InlineData("en", "Only", "There is no such user in your company.")]
    public async Task Other_roles_are_refused_and_another_companys_user_is_not_found_in_the_readers_language(string culture, string onlyAdministrators, string noSuchUser)
    {
        var other = await UsersAsync(await OtherCompanyAsync(), $"pg-d-{culture}-", 1);
        var otherId = await IdOfAsync(other[0]);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var role in new[] { Roles.Clerk, Roles.DutyManager, Roles.ProcessOwner })
            {
                var clerk = Staff(host.CompanyId, role);
                var (page, commands) = await PageWithCommandsAsync(clerk, null, null, 50);
                var created = await WithAdministrationAsync(a => a.CreateAsync(clerk, new NewStaffAccount($"pg-d-{culture}-new", "新人", Password, null, [])));
                var updated = await WithAdministrationAsync(a => a.UpdateAsync(clerk, otherId, null, []));

                Assert.Empty(page.Accounts);
                Assert.Empty(commands);
                Assert.StartsWith(onlyAdministrators, page.Refusal);
                Assert.StartsWith(onlyAdministrators, Assert.Single(created.Errors));
                Assert.StartsWith(onlyAdministrators, Assert.Single(updated.Errors));
            }
            var admin = Staff(host.CompanyId, Roles.Administrator);
            var foreign = await WithAdministrationAsync(a => a.UpdateAsync(admin, otherId, null, [Roles.Administrator]));
            var unknownRole = await WithAdministrationAsync(a => a.UpdateAsync(admin, otherId, null, ["no-such-role"]));

            Assert.Equal([noSuchUser], foreign.Errors);
            Assert.Equal([noSuchUser], unknownRole.Errors);
            Assert.False(await UserExistsAsync($"pg-d-{culture}-new"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("zh-CN", "未知的角色：no-such-role")]
    [InlineData("en", "Unknown roles: no-such-role.")]
    public async Task An_unknown_role_is_named_in_the_readers_language(string culture, string expected)
    {
        var ours = await UsersAsync(host.CompanyId, $"pg-e-{culture}-", 1);
        var id = await IdOfAsync(ours[0]);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var result = await WithAdministrationAsync(a => a.UpdateAsync(Staff(host.CompanyId, Roles.Administrator), id, null, ["no-such-role"]));
            Assert.Equal([expected], result.Errors);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("zh-CN", "用户名“clerk”已被使用")]
    [InlineData("en", "Username 'clerk' is already taken.")]
    public async Task A_taken_user_name_is_refused_in_the_readers_language(string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var result = await WithAdministrationAsync(a => a.CreateAsync(
                Staff(host.CompanyId, Roles.Administrator), new NewStaffAccount("clerk", "重名", Password, null, [Roles.Clerk])));
            Assert.Equal([expected], result.Errors);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<(StaffAccountPage Page, IReadOnlyList<string> Commands)> PageWithCommandsAsync(StaffMember caller, string? search, string? after, int size)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        db.CompanyScope = new FixedCompanyScope(caller.CompanyId);
        using var log = new SqlCommandLog(db);
        await log.ReadyAsync();
        var page = await scope.ServiceProvider.GetRequiredService<UserAdministration>().PageAsync(caller, search, after, size);
        return (page, log.Commands);
    }

    private async Task<AdminResult> WithAdministrationAsync(Func<UserAdministration, Task<AdminResult>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().CompanyScope = new FixedCompanyScope(host.CompanyId);
        return await work(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    /// <summary>Users <paramref name="prefix"/>0 … of the company, clerks of its service center; their names in order.</summary>
    private Task<List<string>> UsersAsync(Guid company, string prefix, int count, string displayName = "分页测试") => host.InScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        var unit = await s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
            .Where(u => u.CompanyId == company && u.Kind == UnitKind.ServiceCenter).Select(u => u.Id).FirstAsync();
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser { UserName = $"{prefix}{i}", DisplayName = $"{displayName}{i}", CompanyId = company, UnitId = unit };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Clerk)).Succeeded);
            names.Add(user.UserName);
        }
        return names;
    });

    private Task<Guid> OtherCompanyAsync() => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Companies.IgnoreQueryFilters().Where(c => c.Id != host.CompanyId).Select(c => c.Id).FirstAsync());

    private Task<string> UnitNameAsync(Guid company) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
            .Where(u => u.CompanyId == company && u.Kind == UnitKind.ServiceCenter).Select(u => u.Name).FirstAsync());

    private Task<string> IdOfAsync(string userName) => host.InScopeAsync(async s =>
        (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Id);

    private Task<bool> UserExistsAsync(string userName) => host.InScopeAsync(async s =>
        await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName) is not null);

    private static StaffMember Staff(Guid company, string role) =>
        new(role, role, company, null, null, new HashSet<string> { role });
}

public sealed class UserAdministrationSqliteTests(SqliteScenarioHost host) : UserAdministrationTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class UserAdministrationPostgresTests(PostgresScenarioHost host) : UserAdministrationTests(host), IClassFixture<PostgresScenarioHost>;
