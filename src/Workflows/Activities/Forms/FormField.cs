namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>
/// One input of a user task's form. <see cref="Name"/> is the process variable the completion sets;
/// labels are zh-CN and en; <see cref="Choices"/> are the allowed values of a choice field. The optional
/// rules below are checked on the server for every caller, page and API alike. <see cref="RequiredWhen"/>
/// makes an optional field required by another field's answer (a complaint transferred, not solved on the
/// spot, needs its department).
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

    /// <summary>Lowest allowed number or amount (inclusive).</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest allowed number or amount (inclusive).</summary>
    public decimal? Max { get; init; }

    /// <summary>Whether an amount must be more than zero (a deposit that may be waived allows zero).</summary>
    public bool Positive { get; init; }

    /// <summary>Whether a date records something done (not in the future) or plans something (not in the past).</summary>
    public FormDateSense Dates { get; init; }

    /// <summary>The only numbers allowed (e.g. the meter caliber catalogue).</summary>
    public IReadOnlyList<decimal>? Catalogue { get; init; }

    /// <summary>A meter reading: not below the meter's last recorded reading.</summary>
    public bool NotBelowLastReading { get; init; }
}

public sealed record FormChoice(string Value, string LabelZh, string LabelEn);

/// <summary>Another field's answer: a checkbox ticked or not (a bool), or a choice's value (a string).</summary>
public sealed record FormCondition(string Field, object Value)
{
    public bool HoldsFor(object? entered) => Value switch
    {
        bool ticked => (entered is true || entered is string s && bool.TryParse(s, out var b) && b) == ticked,
        _ => string.Equals(Convert.ToString(entered, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };
}

public enum FormDateSense
{
    Any,

    /// <summary>Records the past: today at the latest.</summary>
    Past,

    /// <summary>Plans ahead: today at the earliest.</summary>
    Upcoming,
}
