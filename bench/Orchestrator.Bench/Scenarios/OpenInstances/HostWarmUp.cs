using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Orchestrator.Bench.Scenarios.OpenInstances;

/// <summary>
/// What a working morning asks of the Host before its memory is read: a clerk signs in through the API and
/// lists the service center's tasks and their own several times, and the health check runs.
/// </summary>
public static class HostWarmUp
{
    public static async Task<int> RunAsync(HttpClient http, Uri host)
    {
        using var token = await http.PostAsJsonAsync(new Uri(host, "api/auth/token"), new { userName = "clerk", password = "Demo@2026" });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var requests = 1;
        foreach (var path in Enumerable.Repeat(new[] { "api/tasks?candidateGroup=service-center", "api/tasks?assignee=clerk", "health" }, 5).SelectMany(p => p))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host, path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            requests++;
        }
        return requests;
    }
}
