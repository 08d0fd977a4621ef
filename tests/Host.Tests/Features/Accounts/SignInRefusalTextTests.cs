using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Accounts;

/// <summary>
/// Why an API client's sign-in was refused, in the caller's language (Chinese unless asked otherwise): wrong credentials
/// for a token, a refresh token no longer valid.
/// </summary>
public abstract class SignInRefusalTextTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Theory]
    [InlineData("", "用户名或密码不正确，或账号已被锁定", "刷新令牌已过期或已失效：请用用户名和密码重新申请令牌")]
    [InlineData("?culture=en&ui-culture=en", "User name or password is wrong, or the account is locked.",
        "The refresh token is expired or no longer valid; request a new token with user name and password.")]
    public async Task Each_token_refusal_says_why_in_the_callers_language(string culture, string credentials, string refresh)
    {
        var client = host.Factory.CreateClient();

        // An unknown user name, so no demo account is locked out by the wrong password.
        var token = await client.PostAsJsonAsync($"/api/auth/token{culture}", new { userName = "nobody-here", password = "Wrong@2026" });
        var refreshed = await client.PostAsJsonAsync($"/api/auth/refresh{culture}", new { refreshToken = "not-a-token" });

        Assert.Equal((HttpStatusCode.Unauthorized, credentials), (token.StatusCode, await TitleAsync(token)));
        Assert.Equal((HttpStatusCode.Unauthorized, refresh), (refreshed.StatusCode, await TitleAsync(refreshed)));
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
}

public sealed class SqliteSignInRefusalTextTests(SqliteHostFixture host)
    : SignInRefusalTextTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresSignInRefusalTextTests(PostgresHostFixture host)
    : SignInRefusalTextTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
