namespace Orchestrator.Domain;

/// <summary>Checks shared by the factories; each failure names the field.</summary>
internal static class Require
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new InvalidValueException(field, $"The {field} must be filled in.") { TextKey = "required", Arguments = [new Term(field)] };
        if (trimmed.Length > maxLength)
            throw new InvalidValueException(
                field, $"The {field} may have at most {maxLength} characters; it has {trimmed.Length}.")
            { TextKey = "too-long", Arguments = [new Term(field), maxLength, trimmed.Length] };
        return trimmed;
    }

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty
            ? throw new InvalidValueException(field, $"The {field} must refer to an existing record.") { TextKey = "missing-record", Arguments = [new Term(field)] }
            : value;

    public static decimal NonNegative(decimal value, string field) =>
        value < 0
            ? throw new InvalidValueException(field, $"The {field} cannot be negative; got {value}.") { TextKey = "negative", Arguments = [new Term(field), value] }
            : value;

    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new InvalidValueException(field, $"'{value}' is not a known {field}.") { TextKey = "unknown-value", Arguments = [new Term(field), value.ToString()] };
}
