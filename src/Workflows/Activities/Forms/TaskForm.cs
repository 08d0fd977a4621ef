namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>
/// What a user task asks of the person who completes it. A BPMN user task names its form with
/// <c>zeebe:formDefinition formKey="..."</c>; the workplace renders the form from this description and
/// the task's input variables give the context shown beside it.
/// </summary>
public sealed record TaskForm(string Key, string TitleZh, string TitleEn, IReadOnlyList<FormField> Fields)
{
    public string Title(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? TitleZh : TitleEn;
}
