namespace Orchestrator.Host.Observability;

/// <summary>`OpenTelemetry:*`: where traces and metrics go. Without an endpoint (here or in the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT variable) they are recorded but not exported.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The collector's OTLP address, e.g. http://otel-collector:4317 (gRPC) or :4318 with Protocol HttpProtobuf.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>`Grpc` (default) or `HttpProtobuf`.</summary>
    public string Protocol { get; set; } = "Grpc";

    public string ServiceName { get; set; } = "orchestrator";
}
