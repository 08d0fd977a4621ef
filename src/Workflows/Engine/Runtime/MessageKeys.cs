namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>
/// The correlation key of a catch whose message has no key expression: its own instance's, so several
/// waiting instances never share an empty key and such a catch is reached by instance id or business key.
/// </summary>
public static class MessageKeys
{
    public static string ForInstance(Guid instanceId) => "instance:" + instanceId.ToString("D");
}
