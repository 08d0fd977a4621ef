namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>
/// One input of a user task's form. <see cref="Name"/> is the process variable the completion sets;
/// labels are zh-CN and en; <see cref="Choices"/> are the allowed values of a choice field.
/// <see cref="RequiredWhen"/> makes an optional field required by another field's answer (a complaint
/// transferred, not solved on the spot, needs its department).
/// </summary>
public sealed record FormField(
    string Name,
    FormFieldKind Kind,
    string LabelZh,
    string LabelEn,
    bool Required = true,
    IReadOnlyList<FormChoice>? Choices = null,
    FormCondition? RequiredWhen = null)
{
    /// <summary>Whether the field must be filled, given everything entered on the form.</summary>
    public bool IsRequired(IReadOnlyDictionary<string, object?> values) =>
        Required || RequiredWhen is { } when && when.HoldsFor(values.GetValueOrDefault(when.Field));
}

/// <summary>Another field's answer: a checkbox ticked or not (a bool), or a choice's value (a string).</summary>
public sealed record FormCondition(string Field, object Value)
{
    public bool HoldsFor(object? entered) => Value switch
    {
        bool ticked => (entered is true || entered is string s && bool.TryParse(s, out var b) && b) == ticked,
        _ => string.Equals(Convert.ToString(entered, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };
}

public sealed record FormChoice(string Value, string LabelZh, string LabelEn);
