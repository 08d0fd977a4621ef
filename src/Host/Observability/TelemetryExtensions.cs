using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orchestrator.Workflows.Engine.Diagnostics;

namespace Orchestrator.Host.Observability;

internal static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces (requests, EF Core commands, the engine's steps) and metrics (requests, Npgsql's
    /// connection pool, the engine's counters and gauges), exported over OTLP when an endpoint is configured.
    /// </summary>
    public static IHostApplicationBuilder AddOpenTelemetryExport(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(EngineTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(EngineTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation());
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            var protocol = Enum.Parse<OtlpExportProtocol>(options.Protocol, ignoreCase: true);
            telemetry.UseOtlpExporter(protocol, new Uri(options.OtlpEndpoint));
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        builder.Services.AddHostedService<EngineBacklogSampler>();
        return builder;
    }
}
