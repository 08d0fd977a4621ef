namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>
/// Every form a user task of the request flows names by <c>zeebe:formDefinition formKey</c>. A field's
/// name is the process variable the completion sets, so gateways and activities read it by that name.
/// </summary>
public static class TaskFormCatalog
{
    public static IReadOnlyList<TaskForm> All { get; } =
    [
        .. IntakeForms.All,
        .. EngineeringForms.All,
        .. AccountForms.All,
        .. ServiceForms.All,
        .. RefundForms.All,
    ];

    private static readonly Dictionary<string, TaskForm> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static TaskForm? Find(string? key) => key is not null && ByKey.TryGetValue(key, out var form) ? form : null;
}
