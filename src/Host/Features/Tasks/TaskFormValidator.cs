using System.Globalization;
using System.Text.Json;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Features.Tasks;

public sealed record FormValidation(IReadOnlyDictionary<string, FieldProblem> Problems, IReadOnlyDictionary<string, object?> Variables)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks what a person or a system entered against the step's form and turns it into process variables:
/// only the form's fields (anything else is refused), required fields filled, each value of its type,
/// numbers within the field's range or catalogue, amounts above zero and below the cap in fen at most, a
/// choice one of the listed values, dates as yyyy-MM-dd on the right side of today, a reading not below
/// the last. A checkbox is never missing: unticked means no.
/// </summary>
public static class TaskFormValidator
{
    public static FormValidation Validate(TaskForm form, IReadOnlyDictionary<string, object?> values, FormContext? context = null)
    {
        context ??= new FormContext(ChinaTime.DateOf(DateTimeOffset.UtcNow));
        var problems = new Dictionary<string, FieldProblem>();
        var variables = new Dictionary<string, object?>();
        foreach (var name in values.Keys.Where(k => form.Fields.All(f => f.Name != k)))
            problems[name] = FieldProblem.Unknown;
        foreach (var field in form.Fields)
        {
            var value = values.GetValueOrDefault(field.Name);
            if (field.Kind == FormFieldKind.Boolean)
            {
                if (value is null or bool) variables[field.Name] = value is true;
                else problems[field.Name] = FieldProblem.NotABoolean;
                continue;
            }
            if (IsEmpty(value))
            {
                if (field.IsRequired(values)) problems[field.Name] = FieldProblem.Required;
                continue;
            }
            var (variable, problem) = Read(field, value!, context);
            if (problem is { } p) problems[field.Name] = p;
            else variables[field.Name] = variable;
        }
        return new FormValidation(problems, variables);
    }

    /// <summary>A validation with no form: every variable is unknown, an empty completion is fine.</summary>
    public static FormValidation WithoutForm(IReadOnlyDictionary<string, object?> values) =>
        new(values.Keys.ToDictionary(k => k, _ => FieldProblem.Unknown), new Dictionary<string, object?>());

    private static bool IsEmpty(object? value) => value is null || value is string s && string.IsNullOrWhiteSpace(s);

    private static (object? Variable, FieldProblem? Problem) Read(FormField field, object value, FormContext context) => field.Kind switch
    {
        FormFieldKind.Money => ToAmount(value) is { } amount ? (amount, NumberProblem(field, amount, context)) : (null, FieldProblem.NotAnAmount),
        FormFieldKind.Number => ToDecimal(value) is { } number ? (number, NumberProblem(field, number, context)) : (null, FieldProblem.NotANumber),
        FormFieldKind.Date => ToDate(value) is { } date ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateProblem(field, date, context)) : (null, FieldProblem.NotADate),
        FormFieldKind.Choice => value is string s && field.Choices?.Any(c => c.Value == s) == true ? (s, null) : (null, FieldProblem.NotAChoice),
        _ => value is string text ? (text.Trim(), null) : (null, FieldProblem.NotText),
    };

    private static FieldProblem? NumberProblem(FormField field, decimal number, FormContext context) => number switch
    {
        < 0 when field.Kind == FormFieldKind.Money => FieldProblem.Negative,
        0 when field.Positive => FieldProblem.NotPositive,
        _ when field.Kind == FormFieldKind.Money && decimal.Round(number, 2) != number => FieldProblem.MoreThanTwoDecimals,
        _ when field.Kind == FormFieldKind.Money && number > field.Max => FieldProblem.TooLarge,
        _ when number < field.Min || number > field.Max => FieldProblem.OutOfRange,
        _ when field.Catalogue is { } catalogue && !catalogue.Contains(number) => FieldProblem.NotInCatalogue,
        _ when field.NotBelowLastReading && context.LastReading is { } last && number < last => FieldProblem.BelowLastReading,
        _ => null,
    };

    private static FieldProblem? DateProblem(FormField field, DateOnly date, FormContext context) => field.Dates switch
    {
        FormDateSense.Past when date > context.Today => FieldProblem.InTheFuture,
        FormDateSense.Upcoming when date < context.Today => FieldProblem.InThePast,
        _ => null,
    };

    private static decimal? ToDecimal(object value) => value switch
    {
        decimal m => m,
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 1e15 => (decimal)f,
        string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetDecimal(out var fromJson) => fromJson,
        _ => null,
    };

    // Money typed as people write it ("12万", "120,000") reads as yuan; see AmountText.
    private static decimal? ToAmount(object value) =>
        value is string text ? (Orchestrator.Domain.Ledger.AmountText.TryParse(text, out var yuan) ? yuan : null) : ToDecimal(value);

    private static DateOnly? ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        DateTimeOffset d => ChinaTime.DateOf(d),
        string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };
}
