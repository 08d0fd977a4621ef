using Microsoft.Extensions.Logging.Abstractions;
using Orchestrator.Host.Features.Live;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Live;

public sealed class InboxNotifierTests
{
    private readonly InboxNotifier notifier = new(NullLogger<InboxNotifier>.Instance);

    [Fact]
    public async Task A_change_in_a_group_wakes_that_groups_screens_once_each_and_no_others()
    {
        var (design, construction) = (0, 0);
        using var designScreen = notifier.Subscribe(["design-office"], "design", () => { design++; return Task.CompletedTask; });
        using var buildScreen = notifier.Subscribe(["construction"], "build", () => { construction++; return Task.CompletedTask; });

        await new InboxStepListener(notifier, new SingleNodeClusterBus()).OnUserTasksChangedAsync(
            [new UserTaskChange(Guid.NewGuid(), UserTaskChangeKind.Claimed, ["design-office"], "design", "XZ1")], CancellationToken.None);

        Assert.Equal((1, 0), (design, construction));
    }

    [Fact]
    public void A_disposed_subscription_is_not_woken()
    {
        var woken = 0;
        var screen = notifier.Subscribe(["leader"], "leader", () => { woken++; return Task.CompletedTask; });
        screen.Dispose();

        notifier.Notify(["leader"], ["leader"]);

        Assert.Equal(0, woken);
    }

    [Fact]
    public void The_assignee_is_woken_by_name_whatever_the_group()
    {
        var woken = 0;
        using var screen = notifier.Subscribe([], "clerk", () => { woken++; return Task.CompletedTask; });

        notifier.Notify(["design-office"], ["clerk"]);

        Assert.Equal(1, woken);
    }
}
