using Microsoft.AspNetCore.Identity;

namespace Orchestrator.Host.Identity;

/// <summary>A person who signs in: staff of one company and, for most roles, one unit.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? CompanyId { get; set; }

    public Guid? UnitId { get; set; }

    /// <summary>An administrator switched the account off: no sign-in, and cookies and tokens already issued stop working.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The password was set by an administrator; the user chooses their own before signing in.</summary>
    public bool MustChangePassword { get; set; }
}
