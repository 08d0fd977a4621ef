using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Access;
using Orchestrator.Host.Identity;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Access;

/// <summary>
/// The demo's people and the request tasks the access matrix works on: a business-office meter reading and a
/// business-office-manager approval, both for an account in 城东区 (served by 城东营业所) of the city company.
/// </summary>
public sealed class AccessMatrixHarness(IScenarioHost host)
{
    public static readonly string[] CityUsers =
        ["clerk", "duty", "office", "officemgr", "west", "design", "build", "leader", "vp", "owner", "admin", "integration", "groupadmin"];

    public static readonly string[] OtherCompanyUsers = ["dz-clerk", "dz-admin", "dz-integration"];

    public static IEnumerable<string> Everyone => CityUsers.Concat(OtherCompanyUsers);

    /// <summary>Managers of the city company: they may read every unit's queue, so a refusal to them is 403, not 404.</summary>
    public static readonly string[] CityManagers = ["duty", "officemgr", "leader", "vp"];

    private readonly Dictionary<string, HttpClient> clients = [];

    public async Task<HttpClient> ClientAsync(string userName)
    {
        if (clients.TryGetValue(userName, out var cached)) return cached;
        var client = host.Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return clients[userName] = client;
    }

    /// <summary>A suspension whose first open step is the final meter reading (business office, last reading 100 m³).</summary>
    public async Task<FlowDriver> SuspensionAsync(string district = "城东区")
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, district: district);
        return await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Suspension, ApplicantKind.Individual,
            RequestChannel.Counter, null, "", account.CustomerId, null, account.AccountNumber, ["applicant-id", "current-bill"]));
    }

    /// <summary>A household-meter retrofit waiting for the business-office manager's approval.</summary>
    public async Task<FlowDriver> RetrofitAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, collective: true, district: "城东区");
        return await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.HouseholdMeterRetrofit, ApplicantKind.Company,
            RequestChannel.Counter, null, "12户改一户一表", account.CustomerId, null, account.AccountNumber,
            ["household-list", "current-bill-copy", "management-consent"]));
    }

    /// <summary>Runs <paramref name="work"/> as a page does: in a workplace operation for the signed-in <paramref name="userName"/>.</summary>
    public async Task<T> AsPageAsync<T>(string userName, Func<WorkplaceOperation, StaffMember, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo user {userName}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        await using var operation = host.Factory.Services.GetRequiredService<WorkplaceOperations>().Open(principal);
        var staff = await operation.Get<StaffDirectory>().FindAsync(principal) ?? throw new InvalidOperationException($"{userName} has no company.");
        return await work(operation, staff);
    }

    public static async Task<Guid> TaskIdAsync(FlowDriver flow, string elementId) => (await flow.TaskAsync(elementId)).Id;

    /// <summary>
    /// Runs <paramref name="act"/> for every user and compares the status with <paramref name="expected"/>: refusals
    /// first (on the shared record, which must stay unchanged), then the allowed, each on a record of its own.
    /// </summary>
    public async Task CheckAsync(string action, IReadOnlyDictionary<string, HttpStatusCode> expected, Func<string, HttpClient, Task<HttpResponseMessage>> act)
    {
        var wrong = new List<string>();
        foreach (var (user, status) in expected.OrderBy(e => (int)e.Value < 300))
        {
            var response = await act(user, await ClientAsync(user));
            if (response.StatusCode != status)
                wrong.Add($"{user}: expected {(int)status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(wrong.Count == 0, $"{action}: {string.Join(" | ", wrong)}");
    }

    /// <summary>The expected statuses: <paramref name="allowed"/> succeed, <paramref name="forbidden"/> see it but may not (403), the rest do not see it (404).</summary>
    public static Dictionary<string, HttpStatusCode> Expect(
        HttpStatusCode success, IEnumerable<string> allowed, IEnumerable<string> forbidden, HttpStatusCode otherwise = HttpStatusCode.NotFound)
    {
        var expected = Everyone.ToDictionary(u => u, _ => otherwise);
        foreach (var user in forbidden) expected[user] = HttpStatusCode.Forbidden;
        foreach (var user in allowed) expected[user] = success;
        return expected;
    }
}
