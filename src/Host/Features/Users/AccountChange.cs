namespace Orchestrator.Host.Features.Users;

/// <summary>How an administrator's change to a user account ended; the API maps it to 204, 403, 404 or 422.</summary>
public sealed record AccountChange(AccountChangeStatus Status, IReadOnlyList<string> Errors)
{
    public static readonly AccountChange Done = new(AccountChangeStatus.Done, []);

    public static AccountChange Forbidden(string why) => new(AccountChangeStatus.Forbidden, [why]);

    public static AccountChange NotFound(string why) => new(AccountChangeStatus.NotFound, [why]);

    public static AccountChange Invalid(params string[] errors) => new(AccountChangeStatus.Invalid, errors);

    public bool Succeeded => Status == AccountChangeStatus.Done;
}

public enum AccountChangeStatus
{
    Done,
    Forbidden,
    NotFound,
    Invalid,
}
