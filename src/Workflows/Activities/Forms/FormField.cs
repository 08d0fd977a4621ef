namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>
/// One input of a user task's form. <see cref="Name"/> is the process variable the completion sets;
/// labels are zh-CN and en; <see cref="Choices"/> are the allowed values of a choice field.
/// </summary>
public sealed record FormField(
    string Name,
    FormFieldKind Kind,
    string LabelZh,
    string LabelEn,
    bool Required = true,
    IReadOnlyList<FormChoice>? Choices = null);

public sealed record FormChoice(string Value, string LabelZh, string LabelEn);
