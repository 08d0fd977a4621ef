using System.Globalization;
using System.Text.Json;
using Orchestrator.Workflows.Activities.Forms;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// A completed step in the reader's language: "现场勘查：符合安装条件 是；原因 无市政管网" or
/// "Site survey: Feasible … yes; Why not feasible … none nearby", with money in yuan and choices by label.
/// </summary>
public static class RequestStepText
{
    /// <summary>"孙伟（设计室）": the unit once, also when the demo's display names already carry it.</summary>
    public static string Actor(CompletedStep step) =>
        step.UnitName is { Length: > 0 } unit && !step.ActorName.Contains($"（{unit}）", StringComparison.Ordinal) ? $"{step.ActorName}（{unit}）" : step.ActorName;

    public static string Of(CompletedStep step, CultureInfo culture)
    {
        var zh = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var form = TaskFormCatalog.Find(step.FormKey);
        var title = zh || form is null ? step.StepName : form.TitleEn;
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(step.ValuesJson) ?? [];
        var answers = (form?.Fields ?? [])
            .Where(f => values.ContainsKey(f.Name) && !IsBlank(values[f.Name]))
            .Select(f => $"{(zh ? f.LabelZh : f.LabelEn)} {Value(f, values[f.Name], zh)}")
            .ToList();
        return answers.Count == 0 ? title : $"{title}{(zh ? "：" : ": ")}{string.Join(zh ? "；" : "; ", answers)}";
    }

    private static bool IsBlank(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString());

    private static string Value(FormField field, JsonElement value, bool zh) => field.Kind switch
    {
        FormFieldKind.Boolean => IsTrue(value) ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
        FormFieldKind.Money when value.ValueKind == JsonValueKind.Number =>
            zh ? $"{value.GetDecimal():N2} 元" : $"{value.GetDecimal().ToString("N2", CultureInfo.InvariantCulture)} yuan",
        FormFieldKind.Choice => field.Choices?.FirstOrDefault(c => c.Value == Text(value)) is { } choice ? (zh ? choice.LabelZh : choice.LabelEn) : Text(value),
        _ => Text(value),
    };

    private static bool IsTrue(JsonElement value) =>
        value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var b) && b;

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.ToString();
}
