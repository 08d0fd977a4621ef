using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Keys;

/// <summary>
/// Two Host processes on one database share the Data Protection key ring kept in it: a bearer token and a sign-in
/// cookie issued by one node are accepted by the other, and both still work after the issuing node restarts.
/// </summary>
public abstract partial class SharedKeyRingTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private const string Password = "Shared@Keys2026";
    private readonly TDatabase database = new();
    private readonly string emptyFlows = Directory.CreateTempSubdirectory("orchestrator-noflows-").FullName;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var setup = await HostCommand.RunAsync(["setup", "--group", "集团", "--company", "水司", "--admin", "root"], Settings(), Password);
        Assert.True(setup.ExitCode == 0, setup.Output);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(emptyFlows, recursive: true);
    }

    [Fact]
    public async Task A_token_and_a_cookie_from_one_node_work_on_the_other_and_after_a_restart()
    {
        var (urlA, urlB) = (HostProcess.FreeLocalUrl(), HostProcess.FreeLocalUrl());
        var nodeA = await StartAsync(urlA);
        await using var nodeB = await StartAsync(urlB);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        string token;
        try
        {
            token = await TokenFromAsync(urlA);
            await SignInWithCookieAsync(browser, urlA);

            Assert.Equal(HttpStatusCode.OK, (await WithTokenAsync(urlB, token)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(urlB + "/")).StatusCode);
        }
        finally
        {
            await nodeA.DisposeAsync();
        }

        await using var restarted = await StartAsync(urlA);
        Assert.Equal(HttpStatusCode.OK, (await WithTokenAsync(urlA, token)).StatusCode);
        var home = await browser.GetAsync(urlA + "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("系统管理员", await home.Content.ReadAsStringAsync());
    }

    private async Task<HostProcess> StartAsync(string url)
    {
        var node = HostProcess.Start(Settings(), url);
        await node.WaitUntilServingAsync(url);
        return node;
    }

    private static async Task<string> TokenFromAsync(string url)
    {
        using var client = new HttpClient();
        var response = await client.PostAsJsonAsync(url + "/api/auth/token", new { userName = "root", password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private static async Task<HttpResponseMessage> WithTokenAsync(string url, string token)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(url + "/api/definitions");
    }

    private static async Task SignInWithCookieAsync(HttpClient browser, string url)
    {
        var page = await browser.GetStringAsync(url + "/account/login");
        var response = await browser.PostAsync(url + "/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "root",
            ["password"] = Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database:Provider"] = database.Options.Provider.ToString(),
        ["Database:ConnectionString"] = database.Options.ConnectionString,
        ["Workflows:Folder"] = emptyFlows,
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private sealed record TokenResponse(string AccessToken);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class SqliteSharedKeyRingTests : SharedKeyRingTests<SqliteTestDatabase>;

public sealed class PostgresSharedKeyRingTests : SharedKeyRingTests<PostgresTestDatabase>;
