using Orchestrator.Host.Features.History;

namespace Orchestrator.Host.Tests.Features.History;

public sealed class RequestStepTextTests
{
    [Theory]
    [InlineData("孙伟", "设计室", "孙伟（设计室）")]
    [InlineData("孙伟（设计室）", "设计室", "孙伟（设计室）")]
    [InlineData("design", null, "design")]
    public void The_actor_names_the_unit_once(string actorName, string? unit, string expected)
    {
        Assert.Equal(expected, RequestStepText.Actor(new CompletedStep { ActorName = actorName, UnitName = unit }));
    }
}
