namespace Orchestrator.Host.Features.Setup;

/// <summary>What `setup` is told: the group, its first company and the administrator's user name.</summary>
public sealed record FirstStartRequest(string GroupName, string CompanyName, string AdminUserName,
    string GroupCode = FirstStartRequest.DefaultGroupCode, string CompanyCode = FirstStartRequest.DefaultCompanyCode)
{
    public const string DefaultGroupCode = "group";
    public const string DefaultCompanyCode = "main";
}
