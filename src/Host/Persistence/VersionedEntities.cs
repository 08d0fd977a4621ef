namespace Orchestrator.Host.Persistence;

/// <summary>
/// The optimistic-concurrency token every entity people edit carries as a shadow property:
/// PostgreSQL maps it to the system column <c>xmin</c>; SQLite keeps an application-managed counter.
/// </summary>
public static class VersionedEntities
{
    public const string VersionProperty = "Version";
}
