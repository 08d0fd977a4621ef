using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Users;

/// <summary>
/// Why an account change was refused, in the caller's language (Chinese unless asked otherwise): the wrong role,
/// another company's user, disabling oneself, and Identity's own password rules.
/// </summary>
public abstract class AccountRefusalTextTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Theory]
    [InlineData("", "仅系统管理员可以执行此操作", "本公司没有这个用户", "不能停用自己的账号", "密码至少需要 8 个字符")]
    [InlineData("?culture=en&ui-culture=en", "Only an administrator may do this", "There is no such user in your company.",
        "You cannot disable your own account.", "Passwords must be at least 8 characters.")]
    public async Task Each_refusal_of_an_account_change_says_why_in_the_callers_language(
        string culture, string forbidden, string notFound, string self, string shortPassword)
    {
        var leaderId = await IdOfAsync("leader");

        var byClerk = await (await host.ClientForAsync("clerk")).PostAsync($"/api/admin/users/{leaderId}/disable{culture}", null);
        var byOtherCompany = await (await host.ClientForAsync("dz-admin")).PostAsync($"/api/admin/users/{leaderId}/disable{culture}", null);
        var admin = await host.ClientForAsync("admin");
        var bySelf = await admin.PostAsync($"/api/admin/users/{await IdOfAsync("admin")}/disable{culture}", null);
        var tooShort = await admin.PostAsJsonAsync($"/api/admin/users/{leaderId}/reset-password{culture}", new { temporaryPassword = "short" });

        Assert.Equal((HttpStatusCode.Forbidden, forbidden), (byClerk.StatusCode, await TitleAsync(byClerk)));
        Assert.Equal((HttpStatusCode.NotFound, notFound), (byOtherCompany.StatusCode, await TitleAsync(byOtherCompany)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, self), (bySelf.StatusCode, await ErrorAsync(bySelf, "userId")));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, shortPassword), (tooShort.StatusCode, await ErrorAsync(tooShort, "temporaryPassword")));
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();

    private static async Task<string?> ErrorAsync(HttpResponseMessage response, string field) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString();

    private async Task<string> IdOfAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Id;
    }
}

public sealed class SqliteAccountRefusalTextTests(SqliteHostFixture host)
    : AccountRefusalTextTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresAccountRefusalTextTests(PostgresHostFixture host)
    : AccountRefusalTextTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
