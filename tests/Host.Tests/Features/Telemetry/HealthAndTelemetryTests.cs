using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Telemetry;

/// <summary>
/// /health checks database, Hangfire, Quartz and the outbox, with details for administrators only; the Host's
/// OpenTelemetry pipeline carries request, EF Core and engine spans and the engine's metrics.
/// </summary>
public abstract class HealthAndTelemetryTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();
    private readonly LockedList<Activity> spans = [];
    private readonly LockedList<Metric> metrics = [];
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new HostFactory(database, demoCustomers: 1, configure: web => web.ConfigureTestServices(services =>
            services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(meters => meters.AddInMemoryExporter(metrics))));
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_callers_get_only_the_status()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual("Unhealthy", body.GetProperty("status").GetString());
        Assert.False(body.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task An_administrator_sees_each_check()
    {
        var admin = await ClientForAsync("admin");

        var body = await (await admin.GetAsync("/health")).Content.ReadFromJsonAsync<JsonElement>();

        var checks = body.GetProperty("checks");
        foreach (var name in new[] { "database", "hangfire", "quartz", "outbox" })
            Assert.True(checks.TryGetProperty(name, out _), $"no {name} check in {body}");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("quartz").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("outbox").GetProperty("status").GetString());
        Assert.NotEqual("Unhealthy", checks.GetProperty("hangfire").GetProperty("status").GetString());
        var clerk = await (await (await ClientForAsync("clerk")).GetAsync("/health")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(clerk.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task An_outbox_row_waiting_for_minutes_makes_the_node_degraded()
    {
        var stuck = new OutboxRecord { Kind = "test.stuck", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10) };
        await WithDbAsync(async db => { db.Add(stuck); return await db.SaveChangesAsync(); });
        try
        {
            var body = await (await (await ClientForAsync("admin")).GetAsync("/health")).Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal("Degraded", body.GetProperty("status").GetString());
            Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        }
        finally
        {
            await WithDbAsync(async db =>
            {
                db.RemoveRange(await db.Set<OutboxRecord>().IgnoreQueryFilters().Where(o => o.Id == stuck.Id).ToListAsync());
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_dead_letter_makes_the_node_degraded_until_it_is_handled()
    {
        var parked = new OutboxRecord { Kind = "test.parked", CreatedAt = DateTimeOffset.UtcNow, Attempts = 5, ParkedAt = DateTimeOffset.UtcNow };
        await WithDbAsync(async db => { db.Add(parked); return await db.SaveChangesAsync(); });
        try
        {
            var body = await (await (await ClientForAsync("admin")).GetAsync("/health")).Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
            Assert.Contains("1 parked", body.GetProperty("checks").GetProperty("outbox").GetProperty("description").GetString());
        }
        finally
        {
            await WithDbAsync(async db => { db.Remove(await db.Set<OutboxRecord>().IgnoreQueryFilters().SingleAsync(o => o.Id == parked.Id)); return await db.SaveChangesAsync(); });
        }
    }

    [Fact]
    public async Task Requests_database_commands_and_engine_steps_are_traced_and_measured()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            await runtime.DeployAsync(TestFlows.Review("telemetry_review"));
        }
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("telemetry_review", "T-1");
        Assert.Equal(HttpStatusCode.OK, (await (await ClientForAsync("admin")).GetAsync("/api/definitions")).StatusCode);

        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var traced = spans.Snapshot();
        Assert.Contains(traced, s => s.OperationName == "workflow.step");
        Assert.Contains(traced, s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.Contains("/api/definitions", StringComparison.Ordinal));
        Assert.Contains(traced, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var measured = metrics.Snapshot();
        Assert.Contains(measured, m => m.Name == "orchestrator.engine.steps");
        Assert.Contains(measured, m => m.Name == "orchestrator.engine.outbox.backlog");
        Assert.Contains(measured, m => m.Name == "http.server.request.duration");
    }

    private async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = factory.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Orchestrator.Host.Demo.DemoOptions.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private async Task<T> WithDbAsync<T>(Func<OrchestratorDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }
}

public sealed class SqliteHealthAndTelemetryTests : HealthAndTelemetryTests<SqliteTestDatabase>;

public sealed class PostgresHealthAndTelemetryTests : HealthAndTelemetryTests<PostgresTestDatabase>;
