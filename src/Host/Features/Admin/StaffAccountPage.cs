namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// One page of the users list in user-name order; <see cref="Next"/> is the last user name shown, null on the last page.
/// <see cref="Refusal"/> says why nothing was read (the caller is not an administrator).
/// </summary>
public sealed record StaffAccountPage(IReadOnlyList<StaffAccount> Accounts, string? Next, string? Refusal = null);
