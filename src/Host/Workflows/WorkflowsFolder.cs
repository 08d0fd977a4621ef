namespace Orchestrator.Host.Workflows;

internal static class WorkflowsFolder
{
    /// <summary>The configured folder, or the repository's workflows/ found by walking up from the content root.</summary>
    public static string? Resolve(string configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
