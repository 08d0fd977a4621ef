namespace Orchestrator.Workflows.Engine.Runtime.State;

internal static class NewId
{
    public static string Short() => Guid.NewGuid().ToString("N")[..12];
}
