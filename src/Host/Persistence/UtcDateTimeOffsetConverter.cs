using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Orchestrator.Host.Persistence;

/// <summary>PostgreSQL's timestamptz accepts only UTC offsets; China-time values are normalised on the way in.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
