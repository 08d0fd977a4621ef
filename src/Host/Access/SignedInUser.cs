using System.Security.Claims;

namespace Orchestrator.Host.Access;

/// <summary>
/// The person a workplace operation runs for. Interactive components have no reliable HttpContext, so the
/// operation's scope is told the user explicitly and the company scope reads it from here.
/// </summary>
public sealed class SignedInUser
{
    public ClaimsPrincipal? Principal { get; set; }
}
