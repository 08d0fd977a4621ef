namespace Orchestrator.Host.Features.Tasks;

/// <summary>What a form's checks compare against: today in China, and the meter's last reading when the request has one.</summary>
public sealed record FormContext(DateOnly Today, decimal? LastReading = null);
