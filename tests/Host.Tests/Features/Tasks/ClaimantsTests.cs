using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class ClaimantsTests
{
    [Fact]
    public void Candidate_groups_read_as_the_roles_that_may_claim()
    {
        Assert.Equal("设计室", Claimants.Of(["design-office"], "zh-CN"));
        Assert.Equal("客服中心受理员、客服中心值班经理", Claimants.Of(["service-center", "duty-manager"], "zh-CN"));
        Assert.Equal("Leader in charge", Claimants.Of(["leader"], "en"));
    }

    [Fact]
    public void An_unknown_group_is_named_as_it_is()
    {
        Assert.Equal("水质科", Claimants.Of(["水质科"], "zh-CN"));
    }
}
