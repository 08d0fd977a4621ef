using System.Globalization;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Features.Tasks;

public sealed record FormValidation(IReadOnlyDictionary<string, FieldProblem> Problems, IReadOnlyDictionary<string, object?> Variables)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks what a person entered against the step's form and turns it into process variables: required
/// fields filled, money not negative and in fen at most, a choice one of the listed values, dates as
/// yyyy-MM-dd. A checkbox is never missing: unticked means no.
/// </summary>
public static class TaskFormValidator
{
    public static FormValidation Validate(TaskForm form, IReadOnlyDictionary<string, object?> values)
    {
        var problems = new Dictionary<string, FieldProblem>();
        var variables = new Dictionary<string, object?>();
        foreach (var field in form.Fields)
        {
            var value = values.GetValueOrDefault(field.Name);
            if (field.Kind == FormFieldKind.Boolean)
            {
                variables[field.Name] = value is true;
                continue;
            }
            if (IsEmpty(value))
            {
                if (field.Required) problems[field.Name] = FieldProblem.Required;
                continue;
            }
            if (Problem(field, value!) is { } problem) problems[field.Name] = problem;
            else variables[field.Name] = Variable(field, value!);
        }
        return new FormValidation(problems, variables);
    }

    private static bool IsEmpty(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);

    private static FieldProblem? Problem(FormField field, object value) => field.Kind switch
    {
        FormFieldKind.Money when ToDecimal(value) < 0 => FieldProblem.Negative,
        FormFieldKind.Money when decimal.Round(ToDecimal(value), 2) != ToDecimal(value) => FieldProblem.MoreThanTwoDecimals,
        FormFieldKind.Choice when field.Choices?.Any(c => c.Value == value as string) != true => FieldProblem.NotAChoice,
        _ => null,
    };

    private static object? Variable(FormField field, object value) => field.Kind switch
    {
        FormFieldKind.Money or FormFieldKind.Number => ToDecimal(value),
        FormFieldKind.Date => value switch
        {
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.ToString(),
        },
        _ => value is string s ? s.Trim() : value,
    };

    private static decimal ToDecimal(object value) => value switch
    {
        decimal m => m,
        string s => decimal.Parse(s, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
