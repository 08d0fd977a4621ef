using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>Reads and sign-ins the payment tests share.</summary>
public static class PaymentTestSupport
{
    public static Task<T> WithDbAsync<T>(this IScenarioHost host, Func<OrchestratorDbContext, Task<T>> query) =>
        host.InScopeAsync(s => query(s.GetRequiredService<OrchestratorDbContext>()));

    public static Task<int> PaymentsWithKeyAsync(this IScenarioHost host, string key) =>
        host.WithDbAsync(db => db.Payments.IgnoreQueryFilters().CountAsync(p => p.IdempotencyKey == key));

    public static Task<int> BufferedMessagesAsync(this IScenarioHost host) =>
        host.WithDbAsync(db => db.Set<BufferedMessageRecord>().CountAsync());

    public static Task<Guid> CompanyIdAsync(this IScenarioHost host, string code) =>
        host.WithDbAsync(db => db.Companies.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public static async Task<HttpClient> StaffClientAsync(this IScenarioHost host, string userName)
    {
        var client = host.Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoOptions.Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The fields a 422 names (problem+json <c>errors</c>).</summary>
    public static async Task<string[]> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}
