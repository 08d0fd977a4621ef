using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Features.Readings;

/// <summary>One reading as typed on the page, sent to the API or read from a file row.</summary>
public sealed record ReadingRow(
    string MeterNumber, decimal? ValueM3, DateOnly? ReadOn, ReadingKind Kind = ReadingKind.Regular, bool Estimated = false,
    decimal? RolloverAtM3 = null, decimal? NewMeterStartM3 = null);

/// <summary>What became of one row: taken (with its volume and whether it went to review) or refused, and why.</summary>
public sealed record ReadingRowResult(int Row, string MeterNumber, bool Accepted, decimal? VolumeM3, bool ToReview, string? Problem)
{
    /// <summary>The refusal itself, so a page can say it in the reader's language (the API sends <see cref="Problem"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Orchestrator.Domain.DomainException? Refusal { get; init; }
}

public sealed record ReadingEntryReport(int Accepted, int Refused, int ToReview, IReadOnlyList<ReadingRowResult> Rows);
