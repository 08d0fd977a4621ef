namespace Orchestrator.Workflows.Tests.Support;

/// <summary>The small BPMN files of the tests (copied to the output folder) and the MIWG corpus.</summary>
public static class BpmnFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bpmn", name));

    /// <summary>shared/conformance/miwg beside the repository, found by walking up from the test binaries.</summary>
    public static string MiwgFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", "miwg");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException(
            $"The MIWG corpus (shared/conformance/miwg beside the repository) was not found above {AppContext.BaseDirectory}.");
    }
}
