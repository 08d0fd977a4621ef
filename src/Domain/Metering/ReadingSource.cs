namespace Orchestrator.Domain.Metering;

/// <summary>How a reading came in.</summary>
public enum ReadingSource
{
    /// <summary>Typed in by a reader or the business office.</summary>
    Hand,

    /// <summary>From a handheld's or a remote-reading system's file.</summary>
    Import,

    /// <summary>Taken by a request flow (suspension, restoration).</summary>
    Flow,
}
