using Orchestrator.Workflows.Engine.Facade;

using EntityFramework = Orchestrator.Workflows.EntityFramework;

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

    [Fact]
    public void The_engine_core_does_no_database_io_its_ef_store_is_a_plug_in_of_its_own()
    {
        var engine = typeof(WorkflowRuntime).Assembly;
        Assert.DoesNotContain(engine.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        var store = typeof(EntityFramework.EfWorkflowStore<>).Assembly;
        Assert.Equal("Orchestrator.Workflows.EntityFramework", store.GetName().Name);
    }
}
