using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class TaskFormValidatorTests
{
    private static FormValidation Validate(string formKey, params (string Name, object? Value)[] values) =>
        TaskFormValidator.Validate(TaskFormCatalog.Find(formKey)!, values.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Money_has_at_most_two_decimals_and_is_not_negative()
    {
        Assert.Equal(FieldProblem.MoreThanTwoDecimals, Validate("budget", ("amount", 1.005m)).Problems["amount"]);
        Assert.Equal(FieldProblem.Negative, Validate("budget", ("amount", -0.01m)).Problems["amount"]);
        Assert.True(Validate("budget", ("amount", 0m)).IsValid);
    }

    [Fact]
    public void A_choice_must_be_one_of_the_listed_values()
    {
        Assert.Equal(FieldProblem.NotAChoice, Validate("follow-up-call", ("callOutcome", "delighted")).Problems["callOutcome"]);
        Assert.True(Validate("follow-up-call", ("callOutcome", "satisfied")).IsValid);
    }

    [Fact]
    public void Variables_are_what_the_gateways_read()
    {
        var validation = Validate("construction-done", ("completedOn", new DateTime(2026, 11, 20)), ("note", "  按期完工 "));

        Assert.True(validation.IsValid);
        Assert.Equal("2026-11-20", validation.Variables["completedOn"]);
        Assert.Equal("按期完工", validation.Variables["note"]);
        Assert.Equal(false, Validate("survey").Variables["feasible"]);
    }
}
