using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Orchestrator.Domain.Ledger;

/// <summary>
/// Reads an amount of yuan the way people write it at the counter: "120000", "120,000", "120000.50",
/// "12万", "12.5万", "¥1,200元", with full-width digits or commas too. 万 multiplies by 10,000. Anything
/// else is not an amount (never read as zero or cleared): the caller names the field and refuses it.
/// Range and fen checks stay with the caller, which knows what the amount is for.
/// </summary>
public static partial class AmountText
{
    private const decimal TenThousand = 10_000m;

    public static bool TryParse(string? text, out decimal yuan)
    {
        yuan = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var plain = Plain(text);
        var match = Shape().Match(plain);
        if (!match.Success) return false;
        var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
        if (match.Groups["wan"].Success)
        {
            if (number > decimal.MaxValue / TenThousand) return false;
            number *= TenThousand;
        }
        yuan = match.Groups["minus"].Success ? -number : number;
        return true;
    }

    /// <summary>The amount as the counter writes it back: "120,000.00".</summary>
    public static string Format(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    // Full-width forms (１２，０００．５) become ASCII; spaces go.
    private static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    // Either plain digits or digits grouped by three with commas; then an optional decimal part, 万 and 元.
    [GeneratedRegex(@"^[¥￥]?(?<minus>-)?(?<number>(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)(?<wan>万)?元?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
