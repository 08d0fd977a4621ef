using System.Text.Json;

namespace Orchestrator.Host.Features.Live;

/// <summary>What one node tells the others: which inboxes changed, that the holiday calendar did, or which flows got a new version.</summary>
public sealed record ClusterMessage(string Kind, IReadOnlyList<string> Groups, IReadOnlyList<string> Users, Guid Node)
{
    public const string InboxChanged = "inbox";
    public const string CalendarChanged = "calendar";
    public const string DefinitionsDeployed = "definitions";

    public static ClusterMessage Inbox(Guid node, IEnumerable<string> groups, IEnumerable<string> users) =>
        new(InboxChanged, [.. groups], [.. users], node);

    public static ClusterMessage Calendar(Guid node) => new(CalendarChanged, [], [], node);

    /// <summary>The process keys travel in <see cref="Groups"/>.</summary>
    public static ClusterMessage Definitions(Guid node, IEnumerable<string> processKeys) => new(DefinitionsDeployed, [.. processKeys], [], node);

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Null for a payload that is not a message of ours (another program on the channel).</summary>
    public static ClusterMessage? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ClusterMessage>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
