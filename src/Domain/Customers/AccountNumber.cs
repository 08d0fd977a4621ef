namespace Orchestrator.Domain.Customers;

/// <summary>
/// A 10-digit account number (户号): a 9-digit serial followed by one Damm check digit.
/// <para>
/// Serials run from 000000001 to 999999999 and are handed out by the company. The check digit is
/// computed over the 9 serial digits with the Damm quasigroup (see <see cref="DammCheckDigit"/>), so a
/// full number folds to 0. Every mistyped single digit and every swap of two neighbouring digits is
/// caught at the counter instead of landing a payment on someone else's account.
/// Example: serial 000000001 gives 0000000013. See docs/account-numbers.md.
/// </para>
/// </summary>
public sealed record AccountNumber
{
    public const int Length = 10;
    public const long MaxSerial = 999_999_999;

    private AccountNumber(string value) => Value = value;

    public string Value { get; }

    public long Serial => long.Parse(Value.AsSpan(0, Length - 1));

    public static AccountNumber FromSerial(long serial)
    {
        if (serial is < 1 or > MaxSerial)
            throw new InvalidValueException(
                "account serial", $"An account serial must be between 1 and {MaxSerial}; got {serial}.");
        var digits = serial.ToString("D9");
        return new AccountNumber(digits + DammCheckDigit.Compute(digits));
    }

    public static AccountNumber Parse(string? input) =>
        Problem(input) is { } reason
            ? throw new InvalidAccountNumberException(input ?? "", reason)
            : new AccountNumber(input!.Trim());

    public static bool TryParse(string? input, out AccountNumber? number)
    {
        number = Problem(input) is null ? new AccountNumber(input!.Trim()) : null;
        return number is not null;
    }

    public override string ToString() => Value;

    private static string? Problem(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length != Length)
            return $"it must have {Length} digits but has {text.Length} characters";
        if (!text.All(char.IsAsciiDigit))
            return "it may contain digits only";
        if (text[..^1] == new string('0', Length - 1))
            return "serial 000000000 is never issued";
        if (!DammCheckDigit.IsValid(text))
            return "the last (check) digit does not match, so a digit was probably mistyped or swapped";
        return null;
    }
}
