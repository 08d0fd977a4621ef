using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Security;

/// <summary>
/// Response headers, HTTPS behind a proxy (Secure cookies, HSTS) and the rate limiter on sign-in, token and the
/// payment callback, on a Host with a proxy trusted and small limits.
/// </summary>
public sealed class WebSecurityTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new HostFactory(database, demoCustomers: 1, configure: web =>
        {
            web.UseSetting("Proxy:Enabled", "true");
            web.UseSetting("RateLimits:SignInPerMinute", "3");
            web.UseSetting("RateLimits:PaymentCallbackPerMinute", "2");
        });
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Every_page_says_nosniff_its_referrer_policy_and_a_content_security_policy_without_inline_scripts()
    {
        var response = await Client().GetAsync("/account/login");

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Null(Header(await Client().GetAsync("/account/login"), "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_an_https_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await Client().SendAsync(request);

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_beyond_its_limit()
    {
        var client = Client("10.0.0.1");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Client("10.0.0.2").PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_payment_callback_answers_429_beyond_its_limit()
    {
        var client = Client("10.0.0.3");
        for (var i = 0; i < 2; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/payments/callback", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/payments/callback", new { })).StatusCode);
    }

    /// <summary>A client on a host name HSTS is sent for (never for localhost), optionally from a given address via the proxy.</summary>
    private HttpClient Client(string? forwardedFor = null)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://orchestrator.example"), AllowAutoRedirect = false });
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
