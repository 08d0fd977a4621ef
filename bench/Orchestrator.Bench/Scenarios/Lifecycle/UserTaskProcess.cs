namespace Orchestrator.Bench.Scenarios.Lifecycle;

/// <summary>The process both engines run: start → user task → end (the engine tests' user-task.bpmn, unchanged).</summary>
public static class UserTaskProcess
{
    public const string Key = "approval";

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Bpmn", "user-task.bpmn");

    public static string Xml => File.ReadAllText(FilePath);
}
