using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Features.Payments;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>
/// Brings a request to the step a role's journey starts at, through the same REST API the hotline system and
/// scripts use (each step completed by the colleague whose step it is, with their own token; payments as the
/// bank's signed callback), so the browser spends its time only on the role under test.
/// </summary>
public sealed class Backstage(KestrelHost host)
{
    /// <summary>The bank channel's demo secret (appsettings.Development.json).</summary>
    private const string BankSecret = "demo-bank-secret-change-me-0123456789";

    private readonly Dictionary<string, HttpClient> clients = [];

    public sealed record Submitted(Guid Id, string Number);

    public async Task<Submitted> SubmitAsync(string userName, object request)
    {
        var response = await (await ClientAsync(userName)).PostAsJsonAsync("/api/requests", request);
        await EnsureAsync(response, "intake");
        return (await response.Content.ReadFromJsonAsync<Submitted>())!;
    }

    /// <summary>Waits until the request's step is open (flows move on after the call returns) and completes it as <paramref name="userName"/>.</summary>
    public async Task CompleteAsync(string userName, string requestNumber, string elementId, object variables)
    {
        var task = await OpenTaskAsync(requestNumber, elementId);
        var response = await (await ClientAsync(userName)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables });
        await EnsureAsync(response, $"{elementId} by {userName}");
    }

    public async Task<UserTaskRecord> OpenTaskAsync(string requestNumber, string elementId) =>
        (await Wait.ForAsync(
            () => host.WithDbAsync(db => db.Set<UserTaskRecord>().AsNoTracking()
                .FirstOrDefaultAsync(t => t.BusinessKey == requestNumber && t.ElementId == elementId && t.Status == UserTaskStatus.Open)),
            t => t is not null, $"{requestNumber} to reach {elementId}", () => DescribeAsync(requestNumber)))!;

    /// <summary>The step as the engine closed it, once someone completed it.</summary>
    public async Task<UserTaskRecord> CompletedTaskAsync(string requestNumber, string elementId) =>
        (await Wait.ForAsync(
            () => host.WithDbAsync(db => db.Set<UserTaskRecord>().AsNoTracking()
                .FirstOrDefaultAsync(t => t.BusinessKey == requestNumber && t.ElementId == elementId && t.Status == UserTaskStatus.Completed)),
            t => t is not null, $"{elementId} of {requestNumber} to be completed", () => DescribeAsync(requestNumber)))!;

    /// <summary>The customer pays the request's fee through the bank: a signed channel callback, as the bank sends it.</summary>
    public async Task PayFeeByBankAsync(Submitted request, decimal amount)
    {
        var details = await FeeNoticeAsync(request);
        var account = details.GetProperty("accountNumber").GetString()!;
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            channel = "Bank", idempotencyKey = "E2E-" + request.Number, accountNumber = account, amount, requestNumber = request.Number,
        }));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/payments/callback") { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add(ChannelSignature.TimestampHeader, timestamp);
        message.Headers.Add(ChannelSignature.SignatureHeader, ChannelSignature.Sign(BankSecret, timestamp, body));
        await EnsureAsync(await Anonymous().SendAsync(message), "bank payment");
    }

    /// <summary>The request once its fee notice is out (the bill the customer pays, on the account opened for them).</summary>
    public async Task<JsonElement> FeeNoticeAsync(Submitted request)
    {
        var clerk = await ClientAsync("clerk");
        return await Wait.ForAsync(
            () => clerk.GetFromJsonAsync<JsonElement>($"/api/requests/{request.Id}"),
            d => d.GetProperty("fees").GetArrayLength() > 0 && d.GetProperty("accountNumber").ValueKind == JsonValueKind.String,
            $"the fee notice of {request.Number}", () => DescribeAsync(request.Number));
    }

    /// <summary>Waits until the request history holds <paramref name="count"/> completed steps (written just after each step commits).</summary>
    public Task<int> StepsRecordedAsync(Submitted request, int count) => Wait.ForAsync(
        () => host.WithDbAsync(db => db.Set<Orchestrator.Host.Features.History.CompletedStep>().CountAsync(s => s.RequestId == request.Id)),
        n => n >= count, $"{count} steps of {request.Number} in its history");

    public Task<string> DescribeAsync(string requestNumber) => host.WithDbAsync(async db =>
    {
        var tasks = await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.BusinessKey == requestNumber)
            .Select(t => t.ElementId + ":" + t.Status).ToListAsync();
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.BusinessKey == requestNumber).Select(i => i.Id).ToListAsync();
        var incidents = await db.Set<IncidentRecord>().AsNoTracking().Where(i => instances.Contains(i.InstanceId))
            .Select(i => i.ElementId + ": " + i.Message).ToListAsync();
        return $"tasks [{string.Join(", ", tasks)}], incidents [{string.Join(" | ", incidents)}]";
    });

    private async Task<HttpClient> ClientAsync(string userName)
    {
        if (clients.TryGetValue(userName, out var known)) return known;
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" });
        await EnsureAsync(response, $"token for {userName}");
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return clients[userName] = client;
    }

    private HttpClient Anonymous() => new() { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(90) };

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
