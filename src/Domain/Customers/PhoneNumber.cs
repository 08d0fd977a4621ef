namespace Orchestrator.Domain.Customers;

/// <summary>Mobile (13800138000) or landline with area code (0537-1234567), optionally +86.</summary>
public static class PhoneNumber
{
    public static string Normalize(string? phone)
    {
        var text = Require.Text(phone, "phone number", 20).Replace(" ", "");
        if (!IsValid(text))
            throw new InvalidValueException(
                "phone number", $"'{phone}' is not a phone number; use digits, with '-' after an area code if needed.")
            {
                Arguments = [phone],
            };
        return text;
    }

    /// <summary>Digits, '-' and '+' only, at least 7 digits, at most 20 characters: the rule <see cref="Normalize"/> enforces.</summary>
    public static bool IsValid(string? phone)
    {
        var text = (phone ?? "").Trim().Replace(" ", "");
        return text.Length is > 0 and <= 20 && text.All(c => char.IsAsciiDigit(c) || c is '-' or '+') && text.Count(char.IsAsciiDigit) >= 7;
    }
}
