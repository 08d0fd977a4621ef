using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Accounts;

/// <summary>
/// Sign-in hygiene on the real Host: a form without its antiforgery token is a 400; tokens and cookies stop working
/// the moment an account is locked out, disabled or re-passworded; the refresh token works until then; an unknown
/// user name costs the same password hash as a wrong password. Each test uses its own demo user.
/// </summary>
public abstract class AccountSecurityTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task A_sign_in_form_without_its_antiforgery_token_is_a_400()
    {
        var response = await host.Factory.CreateClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "clerk",
            ["password"] = DemoOptions.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_token_issued_before_a_lockout_is_refused()
    {
        var token = await TokenAsync("build");
        Assert.Equal(HttpStatusCode.OK, (await GetWithAsync(token)).StatusCode);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync("build", "wrong-password")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync("build", DemoOptions.Password)).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_refuses_their_token_refresh_token_and_sign_in_until_enabled()
    {
        var issued = await RequestTokenAsync("office", DemoOptions.Password);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var (token, refresh) = (body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
        var refreshed = await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var newToken = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetWithAsync(newToken)).StatusCode);

        var admin = await host.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{await IdOfAsync("office")}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(newToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync("office", DemoOptions.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{await IdOfAsync("office")}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync("office", DemoOptions.Password)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_cookie_is_refused_once_the_user_is_disabled()
    {
        var browser = Browser();
        Assert.True((await SignInForms.SignInAsync(browser, "officemgr", DemoOptions.Password)).WentTo("/"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var admin = await host.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{await IdOfAsync("officemgr")}/disable", null)).StatusCode);

        var home = await browser.GetAsync("/");
        Assert.True(home.WentTo("/account/login"), $"{home.StatusCode} {home.Headers.Location}");
        var again = await SignInForms.SignInAsync(browser, "officemgr", DemoOptions.Password);
        Assert.True(again.WentTo("/account/login?failed=1"), $"{again.StatusCode} {again.Headers.Location}");
    }

    [Fact]
    public async Task After_a_password_reset_old_tokens_fail_and_the_user_chooses_a_new_password_before_signing_in()
    {
        const string temporary = "Temp@Reset2026";
        const string chosen = "Mine@Own2026";
        var oldToken = await TokenAsync("design");
        var admin = await host.ClientForAsync("admin");

        var reset = await admin.PostAsJsonAsync($"/api/admin/users/{await IdOfAsync("design")}/reset-password", new { temporaryPassword = temporary });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithAsync(oldToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RequestTokenAsync("design", temporary)).StatusCode);
        var browser = Browser();
        Assert.True((await SignInForms.SignInAsync(browser, "design", temporary)).WentTo("/account/change-password?userName=design"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/definitions")).StatusCode);

        var changed = await SignInForms.PostAsync(browser, "/account/change-password?userName=design", "/account/change-password",
            new() { ["userName"] = "design", ["currentPassword"] = temporary, ["newPassword"] = chosen, ["returnUrl"] = "/" });

        Assert.True(changed.WentTo("/"), changed.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync("design", chosen)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync("design", temporary)).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_must_pass_the_password_rules()
    {
        var admin = await host.ClientForAsync("admin");

        var reset = await admin.PostAsJsonAsync($"/api/admin/users/{await IdOfAsync("leader")}/reset-password", new { temporaryPassword = "short" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reset.StatusCode);
        Assert.Contains("temporaryPassword", await reset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync("leader", DemoOptions.Password)).StatusCode);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_same_company_changes_an_account()
    {
        var leaderId = await IdOfAsync("leader");

        var byClerk = await (await host.ClientForAsync("clerk")).PostAsync($"/api/admin/users/{leaderId}/disable", null);
        var byOtherCompany = await (await host.ClientForAsync("dz-admin")).PostAsync($"/api/admin/users/{leaderId}/disable", null);
        var bySelf = await (await host.ClientForAsync("admin")).PostAsync($"/api/admin/users/{await IdOfAsync("admin")}/disable", null);

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherCompany.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bySelf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync("leader", DemoOptions.Password)).StatusCode);
    }

    [Fact]
    public async Task An_open_circuit_loses_its_user_once_the_user_is_disabled()
    {
        var revalidation = ActivatorUtilities.CreateInstance<Orchestrator.Host.Features.Accounts.CircuitRevalidation>(host.Factory.Services);
        System.Security.Claims.ClaimsPrincipal principal;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
                .CreateAsync((await users.FindByNameAsync("dz-clerk"))!);
        }
        Assert.True(await revalidation.IsStillValidAsync(principal));

        var admin = await host.ClientForAsync("dz-admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{await IdOfAsync("dz-clerk")}/disable", null)).StatusCode);

        Assert.False(await revalidation.IsStillValidAsync(principal));
    }

    [Fact]
    public async Task An_unknown_user_name_costs_the_same_password_hash_as_a_wrong_password()
    {
        // The cost that would reveal whether a user name exists is the password hash (tens of milliseconds); both
        // paths must pay it exactly once. Counted, not timed: a busy machine makes timings say nothing.
        var unknown = await HashesOfFailedSignInAsync("nobody-at-all");
        var known = await HashesOfFailedSignInAsync("vp");

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    private async Task<int> HashesOfFailedSignInAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var counting = new CountingPasswordHasher(users.PasswordHasher);
        users.PasswordHasher = counting;
        if (await users.FindByNameAsync(userName) is { } user) await users.ResetAccessFailedCountAsync(user);

        var result = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>()
            .PasswordSignInAsync(userName, "wrong-password", isPersistent: false, lockoutOnFailure: true);

        Assert.False(result.Succeeded);
        return counting.Verifications;
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<ApplicationUser> inner) : IPasswordHasher<ApplicationUser>
    {
        public int Verifications { get; private set; }

        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private HttpClient Browser() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private Task<HttpResponseMessage> RequestTokenAsync(string userName, string password) =>
        host.Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    private async Task<string> TokenAsync(string userName)
    {
        var response = await RequestTokenAsync(userName, DemoOptions.Password);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private async Task<HttpResponseMessage> GetWithAsync(string token)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/definitions");
    }

    private async Task<string> IdOfAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Id;
    }
}

public sealed class SqliteAccountSecurityTests(SqliteHostFixture host)
    : AccountSecurityTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresAccountSecurityTests(PostgresHostFixture host)
    : AccountSecurityTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
