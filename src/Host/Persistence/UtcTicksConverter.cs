using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// SQLite has no timestamp type and cannot compare text timestamps with offsets, so instants are stored as
/// UTC ticks: they sort and compare correctly in SQL (overdue first, due timers).
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
