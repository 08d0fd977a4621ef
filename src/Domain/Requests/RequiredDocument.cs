namespace Orchestrator.Domain.Requests;

public sealed record RequiredDocument(string Code, string NameZh, string NameEn);
