namespace Orchestrator.Domain.Customers;

/// <summary>Mobile (13800138000) or landline with area code (0537-1234567), optionally +86.</summary>
public static class PhoneNumber
{
    public static string Normalize(string? phone)
    {
        var text = Require.Text(phone, "phone number", 20).Replace(" ", "");
        var digits = text.Count(char.IsAsciiDigit);
        if (!text.All(c => char.IsAsciiDigit(c) || c is '-' or '+') || digits < 7)
            throw new InvalidValueException(
                "phone number", $"'{phone}' is not a phone number; use digits, with '-' after an area code if needed.");
        return text;
    }
}
