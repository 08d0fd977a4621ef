namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>A business error with a code that an error boundary event (errorCode) catches.</summary>
public sealed class BpmnErrorException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
