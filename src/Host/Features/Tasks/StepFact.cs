namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// One fact the person working on a step needs, already in their language: a label (a resource key of
/// <c>Fact_*</c>) and the value as it should be read ("86,000.00 元", "是", a date in China time).
/// </summary>
public sealed record StepFact(string Key, string Value, bool Warning = false);
