using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Fact]
    public void Registered_activities_expose_their_declared_metadata()
    {
        var services = new ServiceCollection().AddActivity<DoubleActivity>().AddActivitiesFrom(typeof(ChargeActivity).Assembly);
        var registry = new ActivityRegistry(services.BuildServiceProvider().GetServices<ActivityRegistration>());
        var descriptor = registry.Find("test.double")!;
        Assert.Equal(("Double", "Test"), (descriptor.DisplayName, descriptor.Category));
        Assert.True(Assert.Single(descriptor.Inputs).Required);
        Assert.Equal("result", Assert.Single(descriptor.Outputs).Name);
        Assert.Equal("charged", Assert.Single(registry.Find("test.charge")!.Outcomes).Name);
        Assert.Equal(2, registry.All.Count);
    }
}
