using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Workflows.Tests.Support;

/// <summary>Stands in for the Host's DbContext: its model includes the engine's tables.</summary>
public sealed class TestWorkflowDbContext(DbContextOptions<TestWorkflowDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowEngineModel();
}
