using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Bench.Measuring;

namespace Orchestrator.Bench.Scenarios.Completions;

/// <summary>
/// One member of staff at work through the REST API with a bearer token of their own: for each of their
/// instances in turn, reads the instance's open task and completes it (the flow opens the next one).
/// Counts completions, errors (any status but 200) and anomalies (an instance without exactly one open task).
/// </summary>
public sealed class StaffSession(HttpClient http, Uri host, string accessToken, IReadOnlyList<Guid> instances)
{
    public int Completed { get; private set; }

    public List<string> Errors { get; } = [];

    public List<string> Anomalies { get; } = [];

    public LatencyRecorder Latency { get; } = new();

    public static async Task<string> SignInAsync(HttpClient http, Uri host, string userName)
    {
        using var token = await http.PostAsJsonAsync(new Uri(host, "api/auth/token"), new { userName, password = "Demo@2026" });
        token.EnsureSuccessStatusCode();
        return (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task RunAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
            await CompleteNextAsync(instances[n % instances.Count]);
    }

    private async Task CompleteNextAsync(Guid instance)
    {
        using var list = Request(HttpMethod.Get, $"api/tasks?instanceId={instance}");
        using var listed = await http.SendAsync(list);
        if (listed.StatusCode != HttpStatusCode.OK)
        {
            Errors.Add($"GET tasks {(int)listed.StatusCode}");
            return;
        }
        var open = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        if (open.Count != 1)
        {
            Anomalies.Add($"instance {instance}: {open.Count} open tasks");
            return;
        }
        using var complete = Request(HttpMethod.Post, $"api/tasks/{open[0]}/complete");
        complete.Content = JsonContent.Create(new { variables = new { } });
        var status = await Latency.TimeAsync(async () =>
        {
            using var response = await http.SendAsync(complete);
            return response.StatusCode;
        });
        if (status == HttpStatusCode.OK) Completed++;
        else Errors.Add($"complete {(int)status}");
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(host, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
