
namespace Orchestrator.Host.Access;

/// <summary>Who is calling an API endpoint, as the commands know them.</summary>
public static class CallerExtensions
{
    /// <summary>The signed-in member of staff; the API's policy already requires a company, so a missing one is a bug.</summary>
    public static async Task<StaffMember> CallerAsync(this HttpContext http, CancellationToken cancellationToken) =>
        await http.RequestServices.GetRequiredService<StaffDirectory>().FindAsync(http.User, cancellationToken)
        ?? throw new InvalidOperationException($"The signed-in user {http.User.Identity?.Name} has no company; the Staff policy should have refused them.");
}
