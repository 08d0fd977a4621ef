namespace Orchestrator.Host.Features.Admin;

/// <summary>A user of the administrator's company as the users page lists it.</summary>
public sealed record StaffAccount(string Id, string UserName, string DisplayName, Guid? UnitId, string? UnitName, IReadOnlyList<string> Roles,
    bool IsDisabled = false, bool MustChangePassword = false);

public sealed record NewStaffAccount(string UserName, string DisplayName, string Password, Guid? UnitId, IReadOnlyList<string> Roles);

/// <summary>Null when it worked; otherwise the reasons, as Identity or the checks here put them.</summary>
public sealed record AdminResult(IReadOnlyList<string> Errors)
{
    public static readonly AdminResult Ok = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Failed(params string[] errors) => new(errors);
}
