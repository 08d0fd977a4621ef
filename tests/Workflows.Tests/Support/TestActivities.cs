using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Tests.Support;

[Activity("test.double", DisplayName = "Double", Category = "Test", Description = "Returns twice its input.")]
[ActivityInput("x", typeof(double), Required = true)]
[ActivityOutput("result", typeof(double))]
public sealed class DoubleActivity : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.With("result", Convert.ToDouble(context.Input("x")) * 2));
}

[Activity("test.charge", DisplayName = "Charge")]
[ActivityOutcome("charged")]
public sealed class ChargeActivity : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.Variables.GetValueOrDefault("balance") is long balance && balance > 0)
        {
            context.AddOutboxItem("test.mail", new { to = "customer@example.org" });
            return ValueTask.FromResult(new ActivityResult(new Dictionary<string, object?>(), "charged"));
        }
        throw new BpmnErrorException("NO_MONEY", "The balance is not enough.");
    }
}
