namespace Orchestrator.Host.Features.History;

/// <summary>
/// One step a person completed on a request, as the request history shows it: who (name and unit at the
/// time), when, which step, and the answers they gave (form field → value, rendered in the reader's
/// language by <see cref="RequestStepText"/>). Append-only; written by <see cref="RequestStepWriter"/>.
/// </summary>
public sealed class CompletedStep
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public Guid RequestId { get; set; }
    public Guid TaskId { get; set; }
    public DateTimeOffset At { get; set; }
    public string UserName { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string? UnitName { get; set; }
    public string ElementId { get; set; } = "";
    public string StepName { get; set; } = "";
    public string? FormKey { get; set; }
    public string ValuesJson { get; set; } = "{}";
}
