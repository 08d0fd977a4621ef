using System.Globalization;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Localization;

/// <summary>
/// The one way a page turns a command's refusal (<see cref="DomainException"/>: 403, 404, 422) into a sentence in the
/// user's language: <c>Problem_{TextKey ?? Code}</c> from the resource files, filled with the values the refusal
/// names; terms, roles and statuses are translated too. A refusal nobody has translated yet still says what it is.
/// </summary>
public static class RefusalText
{
    public static string Refusal(this IStringLocalizer l, DomainException refusal)
    {
        var key = $"Problem_{refusal.TextKey ?? refusal.Code}";
        // Padded, so a sentence naming a value its thrower did not give shows a gap instead of failing.
        var values = refusal.Arguments.Select(a => Show(l, a)).Concat(Enumerable.Repeat<object>("", 6)).ToArray();
        var text = l[key, values];
        if (!text.ResourceNotFound) return text.Value;
        if (refusal is InvalidFieldsException fields) return string.Join(" ", fields.Problems.Values);
        return refusal.Code.EndsWith(".not-found", StringComparison.Ordinal)
            ? l["Problem_NotFound"].Value
            : l["Problem_Untranslated", refusal.Message].Value;
    }

    private static object Show(IStringLocalizer l, object? value) => value switch
    {
        null => "",
        Term term => Translated(l, $"Term_{term.Name.Replace(' ', '-')}", term.Name),
        RoleList roles => string.Join(" / ", roles.Codes.Select(r => RoleCatalog.DisplayName(r, CultureInfo.CurrentUICulture.Name))),
        Enum status => Translated(l, $"{status.GetType().Name}_{status}", status.ToString()),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value,
    };

    private static string Translated(IStringLocalizer l, string key, string otherwise) =>
        l[key] is { ResourceNotFound: false } found ? found.Value : otherwise;
}

/// <summary>The roles a refused action needs, named in the reader's language when shown.</summary>
public sealed record RoleList(IReadOnlyList<string> Codes);
