using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Identity;

/// <summary>
/// Identity's refusals (password rules, a taken user name) in the reader's language on the pages and the API, where
/// the request chose zh-CN or en; elsewhere (the setup command's console) Identity's own English sentences.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l, IOptions<IdentityOptions> options) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Said(base.PasswordTooShort(length), length);

    public override IdentityError PasswordRequiresDigit() => Said(base.PasswordRequiresDigit());

    public override IdentityError PasswordRequiresLower() => Said(base.PasswordRequiresLower());

    public override IdentityError PasswordRequiresUpper() => Said(base.PasswordRequiresUpper());

    public override IdentityError PasswordRequiresNonAlphanumeric() => Said(base.PasswordRequiresNonAlphanumeric());

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Said(base.PasswordRequiresUniqueChars(uniqueChars), uniqueChars);

    public override IdentityError PasswordMismatch() => Said(base.PasswordMismatch());

    public override IdentityError DuplicateUserName(string userName) => Said(base.DuplicateUserName(userName), userName);

    public override IdentityError InvalidUserName(string? userName) =>
        Said(base.InvalidUserName(userName), userName ?? "", options.Value.User.AllowedUserNameCharacters);

    public override IdentityError ConcurrencyFailure() => Said(base.ConcurrencyFailure());

    public override IdentityError DefaultError() => Said(base.DefaultError());

    private IdentityError Said(IdentityError english, params object[] values)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (!culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !culture.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return english;
        var text = l[$"Identity_{english.Code}", values];
        return text.ResourceNotFound ? english : new IdentityError { Code = english.Code, Description = text.Value };
    }
}
