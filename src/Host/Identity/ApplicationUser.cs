using Microsoft.AspNetCore.Identity;

namespace Orchestrator.Host.Identity;

/// <summary>A person who signs in: staff of one company and, for most roles, one unit.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? CompanyId { get; set; }

    public Guid? UnitId { get; set; }
}
