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
        Assert.Equal(FieldProblem.NotPositive, Validate("budget", ("amount", 0m)).Problems["amount"]);
        Assert.True(Validate("budget", ("amount", 0.01m)).IsValid);
        Assert.True(Validate("budget", ("amount", 1m), ("depositAmount", 0m)).IsValid); // a waived deposit may be zero
    }

    [Fact]
    public void Money_typed_as_people_write_it_is_read_as_yuan_and_anything_else_is_not_an_amount()
    {
        Assert.Equal(125000m, Validate("budget", ("amount", "12.5万")).Variables["amount"]);
        Assert.Equal(120000m, Validate("budget", ("amount", "120,000")).Variables["amount"]);
        Assert.Equal(FieldProblem.NotAnAmount, Validate("budget", ("amount", "十二万")).Problems["amount"]);
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

    [Fact]
    public void A_variable_the_form_does_not_ask_for_is_refused_not_stored()
    {
        var validation = Validate("approval", ("approved", true), ("feeWaived", true));

        Assert.Equal(FieldProblem.Unknown, validation.Problems["feeWaived"]);
        Assert.False(validation.Variables.ContainsKey("feeWaived"));
        Assert.Equal(FieldProblem.Unknown, TaskFormValidator.WithoutForm(new Dictionary<string, object?> { ["x"] = 1 }).Problems["x"]);
    }

    [Fact]
    public void Each_value_must_be_of_its_fields_type()
    {
        Assert.Equal(FieldProblem.NotAnAmount, Validate("budget", ("amount", "很多")).Problems["amount"]);
        Assert.Equal(FieldProblem.NotADate, Validate("construction-done", ("completedOn", "20.11.2026")).Problems["completedOn"]);
        Assert.Equal(FieldProblem.NotABoolean, Validate("approval", ("approved", "yes")).Problems["approved"]);
        Assert.Equal(FieldProblem.NotText, Validate("complaint-reply", ("reply", 42L)).Problems["reply"]);
        Assert.True(Validate("budget", ("amount", "1200.50")).IsValid);
    }

    [Fact]
    public void Amounts_stay_below_the_cap_and_numbers_in_their_range_or_catalogue()
    {
        Assert.Equal(FieldProblem.TooLarge, Validate("budget", ("amount", 10_000_000.01m)).Problems["amount"]);
        Assert.Equal(FieldProblem.OutOfRange, Validate("construction-order", ("plannedDays", 0L)).Problems["plannedDays"]);
        Assert.Equal(FieldProblem.OutOfRange, Validate("relief-review", ("approved", true), ("lowIncomeShare", 1.5)).Problems["lowIncomeShare"]);
        Assert.Equal(FieldProblem.NotInCatalogue, Validate("meter-card", ("meterNumber", "M1"), ("caliberMm", 17L), ("initialReading", 0L)).Problems["caliberMm"]);
        Assert.False(Validate("meter-card", ("meterNumber", "M1"), ("caliberMm", 20L), ("initialReading", 0L)).Problems.ContainsKey("caliberMm"));
    }

    [Fact]
    public void A_date_that_records_the_past_is_not_in_the_future_and_a_visit_is_not_in_the_past()
    {
        var today = new FormContext(new DateOnly(2026, 11, 20));
        var form = TaskFormCatalog.Find("construction-done")!;
        var visit = TaskFormCatalog.Find("appointment")!;

        Assert.Equal(FieldProblem.InTheFuture, TaskFormValidator.Validate(form, Values(("completedOn", "2026-11-21")), today).Problems["completedOn"]);
        Assert.False(TaskFormValidator.Validate(form, Values(("completedOn", "2026-11-20")), today).Problems.ContainsKey("completedOn"));
        Assert.Equal(FieldProblem.InThePast, TaskFormValidator.Validate(visit, Values(("appointmentDate", "2026-11-19"), ("timeSlot", "morning")), today).Problems["appointmentDate"]);
    }

    [Fact]
    public void A_meter_reading_is_not_below_the_last()
    {
        var form = TaskFormCatalog.Find("meter-reading")!;
        var context = new FormContext(new DateOnly(2026, 11, 20), LastReading: 100m);

        Assert.Equal(FieldProblem.BelowLastReading, TaskFormValidator.Validate(form, Values(("reading", 99.5)), context).Problems["reading"]);
        Assert.True(TaskFormValidator.Validate(form, Values(("reading", 100L)), context).IsValid);
    }

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
