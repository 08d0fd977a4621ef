using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Tests.Workflows;

/// <summary>
/// The Host's build output carries the request flows and the designer bundle (a publish copies the same items),
/// and a Host away from the repository deploys the flows from beside itself.
/// </summary>
public sealed class PublishedFlowsTests : IDisposable
{
    private readonly string hostBin = Path.GetDirectoryName(HostProcess.HostDll())!;
    private readonly string elsewhere = Directory.CreateTempSubdirectory("orchestrator-elsewhere-").FullName;

    [Fact]
    public void The_build_output_carries_every_request_flow()
    {
        var repository = Directory.GetFiles(Path.Combine(Repository.Root, "workflows"), "*.bpmn").Select(Path.GetFileName).Order();
        var carried = Directory.GetFiles(Path.Combine(hostBin, "workflows"), "*.bpmn").Select(Path.GetFileName).Order();

        Assert.NotEmpty(repository);
        Assert.Equal(repository, carried);
    }

    [Fact]
    public void The_build_output_serves_the_designer_bundle()
    {
        var endpoints = File.ReadAllText(Path.Combine(hostBin, "Orchestrator.Host.staticwebassets.endpoints.json"));

        Assert.Contains("\"_content/Orchestrator.Designer/dist/modeler.js\"", endpoints);
        Assert.Contains("\"_content/Orchestrator.Designer/dist/modeler.css\"", endpoints);
    }

    [Fact]
    public void Away_from_the_repository_the_flows_beside_the_app_are_deployed()
    {
        Assert.Equal(Path.Combine(hostBin, "workflows"), WorkflowsFolder.Resolve("", elsewhere, hostBin));
    }

    [Fact]
    public void A_relative_folder_is_found_against_the_content_root_then_the_app()
    {
        Directory.CreateDirectory(Path.Combine(elsewhere, "flows"));

        Assert.Equal(Path.Combine(elsewhere, "flows"), WorkflowsFolder.Resolve("flows", elsewhere, hostBin));
        Assert.Equal(Path.Combine(hostBin, "workflows"), WorkflowsFolder.Resolve("workflows", elsewhere, hostBin));
        Assert.Null(WorkflowsFolder.Resolve("missing", elsewhere, hostBin));
    }

    public void Dispose() => Directory.Delete(elsewhere, recursive: true);
}
