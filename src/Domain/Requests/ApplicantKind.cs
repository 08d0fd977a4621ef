namespace Orchestrator.Domain.Requests;

public enum ApplicantKind
{
    Individual,
    Company,

    /// <summary>A property developer (开发企业), e.g. transferring accounts to residents.</summary>
    Developer,
}
