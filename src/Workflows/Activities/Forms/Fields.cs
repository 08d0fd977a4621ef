namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Short constructors for the fields of the form catalog.</summary>
internal static class Fields
{
    /// <summary>Above this an amount is a typing slip, not a fee (yuan).</summary>
    public const decimal AmountCap = 10_000_000m;

    /// <summary>Meter calibers a utility fits (mm, DN15 … DN300).</summary>
    public static readonly IReadOnlyList<decimal> Calibers = [15, 20, 25, 32, 40, 50, 65, 80, 100, 150, 200, 250, 300];

    public static FormField Boolean(string name, string zh, string en) => new(name, FormFieldKind.Boolean, zh, en);

    /// <summary>An amount in yuan: more than zero unless <paramref name="zeroAllowed"/>, below <see cref="AmountCap"/>.</summary>
    public static FormField Money(string name, string zh, string en, bool required = true, bool zeroAllowed = false) =>
        new(name, FormFieldKind.Money, zh, en, required) { Min = 0, Max = AmountCap, Positive = !zeroAllowed };

    public static FormField Number(string name, string zh, string en, bool required = true, decimal? min = null, decimal? max = null) =>
        new(name, FormFieldKind.Number, zh, en, required) { Min = min, Max = max };

    public static FormField Reading(string name, string zh, string en, bool notBelowLast = true) =>
        new(name, FormFieldKind.Number, zh, en) { Min = 0, Max = 99_999_999m, NotBelowLastReading = notBelowLast };

    public static FormField Caliber(string name, string zh, string en) =>
        new(name, FormFieldKind.Number, zh, en) { Catalogue = Calibers };

    public static FormField Text(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Text, zh, en, required);

    public static FormField Date(string name, string zh, string en, FormDateSense sense, bool required = true) =>
        new(name, FormFieldKind.Date, zh, en, required) { Dates = sense };

    public static FormField Multiline(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Multiline, zh, en, required);

    public static FormField Note() => Multiline("note", "备注", "Note", required: false);

    public static FormField Choice(string name, string zh, string en, params FormChoice[] choices) =>
        new(name, FormFieldKind.Choice, zh, en, Choices: choices);

    /// <summary>A field left optional unless <paramref name="field"/> was answered <paramref name="value"/>.</summary>
    public static FormField When(this FormField form, string field, object value) =>
        form with { Required = false, RequiredWhen = new FormCondition(field, value) };
}
