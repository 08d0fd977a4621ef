using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Telemetry;

/// <summary>
/// With `OpenTelemetry:OtlpEndpoint` set, the Host sends its traces and metrics there over OTLP (HTTP/protobuf here,
/// received by a plain HTTP listener standing in for the collector's receiver).
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly HttpListener collector = new();
    private readonly ConcurrentBag<string> received = [];
    private readonly string endpoint = HostProcess.FreeLocalUrl();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        collector.Prefixes.Add(endpoint + "/");
        collector.Start();
        _ = Task.Run(ReceiveAsync);
        await database.InitializeAsync();
        host = new HostFactory(database, demoCustomers: 1, configure: web =>
        {
            web.UseSetting("OpenTelemetry:OtlpEndpoint", endpoint);
            web.UseSetting("OpenTelemetry:Protocol", "HttpProtobuf");
        });
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        collector.Close();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Traces_and_metrics_reach_the_configured_collector()
    {
        await host.CreateClient().GetAsync("/account/login");

        host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);

        Assert.Contains("POST /v1/traces application/x-protobuf", received);
        Assert.Contains("POST /v1/metrics application/x-protobuf", received);
    }

    private async Task ReceiveAsync()
    {
        while (collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await collector.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            received.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
