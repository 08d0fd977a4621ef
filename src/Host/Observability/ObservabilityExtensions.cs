using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Orchestrator.Host.Observability;

public static class ObservabilityExtensions
{
    /// <summary>Serilog to the console (levels from the "Serilog" section), OpenTelemetry, and the health checks.</summary>
    public static IHostApplicationBuilder AddLoggingAndTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        builder.AddOpenTelemetryExport();
        builder.Services.AddHealthChecks()
            .AddCheck<HangfireHealthCheck>("hangfire")
            .AddCheck<QuartzHealthCheck>("quartz")
            .AddCheck<OutboxBacklogHealthCheck>("outbox");
        return builder;
    }

    /// <summary>
    /// /health checks the database, Hangfire, Quartz and the outbox: 200 when healthy or degraded (a backlog), 503
    /// when a check fails; anonymous, so load balancers can probe it, with details only for administrators.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        return app;
    }
}
