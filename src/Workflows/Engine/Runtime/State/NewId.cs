namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// Ids of tokens and scopes, unique within their instance's state: 48 random bits as 12 hex digits, without
/// making (and cutting) a whole Guid string for each.
/// </summary>
internal static class NewId
{
    public static string Short() => Random.Shared.NextInt64(1L << 48).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);
}
