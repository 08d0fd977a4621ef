namespace Orchestrator.Domain.Requests;

/// <summary>One line of a request's document checklist, ticked when the clerk has the document.</summary>
public sealed record DocumentCheck(string Code, bool Provided);
