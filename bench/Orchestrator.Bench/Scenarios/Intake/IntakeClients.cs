using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Bench.Measuring;

namespace Orchestrator.Bench.Scenarios.Intake;

/// <summary>
/// Clients taking requests through the Host's REST intake (POST /api/requests) as fast as each gets its answer,
/// all signed in as the demo clerk: each a complaint by telephone (the hotline's everyday request).
/// </summary>
public sealed class IntakeClients(HttpClient http, Uri host)
{
    private string _token = "";

    public async Task SignInAsync()
    {
        using var response = await http.PostAsJsonAsync(new Uri(host, "api/auth/token"), new { userName = "clerk", password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        _token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Runs <paramref name="clients"/> loops for <paramref name="duration"/>; every answer but 201 Created is an error.</summary>
    public async Task<IntakeOutcome> RunAsync(int clients, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(() => ClientAsync(client, clock, duration))).ToList();
        var outcomes = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        return new IntakeOutcome(
            outcomes.Sum(o => o.Created), outcomes.Sum(o => o.Errors), elapsed,
            LatencyRecorder.Merge(outcomes.Select(o => o.Latency)), outcomes.Select(o => o.FirstError).FirstOrDefault(e => e is not null));
    }

    private async Task<ClientOutcome> ClientAsync(int client, Stopwatch clock, TimeSpan duration)
    {
        var (latency, created, errors, firstError) = (new LatencyRecorder(), 0, 0, (string?)null);
        var n = 0;
        while (clock.Elapsed < duration)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "api/requests"))
            {
                Content = JsonContent.Create(new
                {
                    type = "Complaint", applicantKind = "Individual", channel = "Hotline", address = $"城东区人民路{client + 1}号",
                    details = $"水压偏低（压测客户端 {client}，第 {++n} 件）",
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            try
            {
                using var response = await latency.TimeAsync(() => http.SendAsync(request));
                if (response.StatusCode == HttpStatusCode.Created) created++;
                else
                {
                    errors++;
                    firstError ??= $"{(int)response.StatusCode}: {Shorten(await response.Content.ReadAsStringAsync())}";
                }
            }
            catch (HttpRequestException e)
            {
                errors++;
                firstError ??= e.Message;
            }
        }
        return new ClientOutcome(latency, created, errors, firstError);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private sealed record ClientOutcome(LatencyRecorder Latency, int Created, int Errors, string? FirstError);
}

/// <summary>What the clients saw: requests taken (201), errors (anything else), how long, each answer's latency.</summary>
public sealed record IntakeOutcome(int Created, int Errors, TimeSpan Elapsed, LatencyRecorder Latency, string? FirstError)
{
    public double PerSecond => Created / Elapsed.TotalSeconds;
}
