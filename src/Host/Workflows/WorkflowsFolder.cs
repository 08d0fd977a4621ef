namespace Orchestrator.Host.Workflows;

internal static class WorkflowsFolder
{
    /// <summary>
    /// The configured folder (a relative one against the content root, then the app's own folder); unconfigured, the
    /// repository's workflows/ found by walking up from the content root, else the workflows/ a build or publish
    /// copied beside the app.
    /// </summary>
    public static string? Resolve(string configured, string contentRoot, string? appBase = null)
    {
        appBase ??= AppContext.BaseDirectory;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (Path.IsPathRooted(configured)) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
            return new[] { contentRoot, appBase }.Select(root => Path.GetFullPath(Path.Combine(root, configured))).FirstOrDefault(Directory.Exists);
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (Directory.Exists(candidate)) return candidate;
        }
        var besideApp = Path.Combine(appBase, "workflows");
        return Directory.Exists(besideApp) ? besideApp : null;
    }
}
