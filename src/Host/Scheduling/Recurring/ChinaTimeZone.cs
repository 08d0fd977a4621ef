using Orchestrator.Domain.Calendar;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>China Standard Time as a fixed UTC+8 zone (no daylight saving), so cron times need no tz database.</summary>
internal static class ChinaTimeZone
{
    public static readonly TimeZoneInfo Instance =
        TimeZoneInfo.CreateCustomTimeZone("China Standard Time (UTC+8)", ChinaTime.Offset, "China Standard Time", "China Standard Time");
}
