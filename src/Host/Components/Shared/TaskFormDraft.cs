using System.Globalization;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Components.Shared;

/// <summary>
/// A step form's values as text, so a language switch can keep them (see <see cref="Localization.FormDrafts"/>),
/// and read back into the types the form's inputs hold: ticks, amounts (or the text that is not one), numbers,
/// dates, text.
/// </summary>
public static class TaskFormDraft
{
    public static Dictionary<string, string?> Write(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(v => v.Key, v => v.Value switch
        {
            null => null,
            bool tick => tick ? "true" : "false",
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        });

    public static void Read(TaskForm form, IReadOnlyDictionary<string, string?> draft, IDictionary<string, object?> values)
    {
        foreach (var field in form.Fields)
        {
            if (!draft.TryGetValue(field.Name, out var text) || text is null) continue;
            values[field.Name] = field.Kind switch
            {
                FormFieldKind.Boolean => text == "true",
                FormFieldKind.Money => AmountField.Entered(text),
                FormFieldKind.Number => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
                FormFieldKind.Date => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                _ => text,
            };
        }
    }
}
