using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Orchestrator.Host.Observability;

public static class ObservabilityExtensions
{
    /// <summary>Serilog to the console, its levels from the "Serilog" configuration section.</summary>
    public static IHostApplicationBuilder AddLoggingAndTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }

    /// <summary>/health answers 200 when the database answers; anonymous, so load balancers can probe it.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        return app;
    }
}
