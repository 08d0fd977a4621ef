namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Short constructors for the fields of the form catalog.</summary>
internal static class Fields
{
    public static FormField Boolean(string name, string zh, string en) => new(name, FormFieldKind.Boolean, zh, en);

    public static FormField Money(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Money, zh, en, required);

    public static FormField Number(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Number, zh, en, required);

    public static FormField Text(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Text, zh, en, required);

    public static FormField Date(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Date, zh, en, required);

    public static FormField Multiline(string name, string zh, string en, bool required = true) => new(name, FormFieldKind.Multiline, zh, en, required);

    public static FormField Note() => Multiline("note", "备注", "Note", required: false);

    public static FormField Choice(string name, string zh, string en, params FormChoice[] choices) =>
        new(name, FormFieldKind.Choice, zh, en, Choices: choices);

    /// <summary>A field left optional unless <paramref name="field"/> was answered <paramref name="value"/>.</summary>
    public static FormField When(this FormField form, string field, object value) =>
        form with { Required = false, RequiredWhen = new FormCondition(field, value) };
}
