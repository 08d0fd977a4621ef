using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Workflows.Tests.Architecture;

public sealed class EngineDependencyTests
{
    [Fact]
    public void The_engine_references_no_assembly_of_ours()
    {
        var engine = typeof(WorkflowRuntime).Assembly;
        var ours = engine.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Orchestrator.", StringComparison.Ordinal));
        Assert.Empty(ours);
    }
}
