namespace Orchestrator.Domain.Metering;

/// <summary>
/// What a reader, an import row or a flow says about one meter. <see cref="RolloverAtM3"/> is the highest
/// value the meter's dial shows, given when it went past it to zero; <see cref="NewMeterStartM3"/> is the
/// replacement meter's start reading on a meter change.
/// </summary>
public sealed record ReadingInput(
    decimal ValueM3,
    DateOnly ReadOn,
    ReadingKind Kind = ReadingKind.Regular,
    ReadingSource Source = ReadingSource.Hand,
    string? Period = null,
    bool Estimated = false,
    decimal? RolloverAtM3 = null,
    decimal? NewMeterStartM3 = null);
