namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// China Standard Time for cron triggers and calendars. A clustered job store saves the zone by id, so it must
/// be a zone the operating system knows (tzdata's Asia/Shanghai: UTC+8, no daylight saving since 1991).
/// </summary>
internal static class ChinaTimeZone
{
    public static readonly TimeZoneInfo Instance = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
