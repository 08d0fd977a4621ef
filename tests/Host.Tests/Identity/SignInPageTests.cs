using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Identity;

public sealed partial class SignInPageTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task The_home_page_sends_an_anonymous_visitor_to_sign_in()
    {
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task The_sign_in_page_is_chinese_by_default_and_english_on_request()
    {
        var client = host.Factory.CreateClient();
        Assert.Contains("登录", await client.GetStringAsync("/account/login"));

        await client.GetAsync("/culture/en?returnUrl=/account/login");
        Assert.Contains("Sign in", await client.GetStringAsync("/account/login"));
    }

    [Fact]
    public async Task A_clerk_signs_in_with_the_form_and_sees_the_home_page()
    {
        var client = host.Factory.CreateClient();
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "clerk",
            ["password"] = DemoOptions.Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));

        response.EnsureSuccessStatusCode();
        var home = await response.Content.ReadAsStringAsync();
        Assert.Contains("王丽", home);
        Assert.Contains("市自来水公司", home);
    }

    [Fact]
    public async Task A_wrong_password_returns_to_the_form_with_an_error()
    {
        var client = host.Factory.CreateClient();
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "clerk",
            ["password"] = "wrong-password",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
