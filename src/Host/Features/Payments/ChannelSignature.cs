using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Host.Features.Payments;

/// <summary>
/// A channel's signature on a callback: <c>X-Signature</c> is the hex HMAC-SHA256 of
/// <c>X-Timestamp + "." + raw body</c> under the channel's secret, and <c>X-Timestamp</c> (Unix seconds)
/// lies within the configured window of the server's clock, so a captured callback cannot be sent later.
/// </summary>
public static class ChannelSignature
{
    public const string TimestampHeader = "X-Timestamp";
    public const string SignatureHeader = "X-Signature";

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Mac(secret, timestamp, body));

    /// <summary>Null when the signature holds, else why not (for the log; the caller only hears 401).</summary>
    public static string? Problem(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan window)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return "the timestamp or signature header is missing";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return $"the timestamp '{timestamp}' is not Unix seconds";
        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > window) return $"the timestamp is {age.TotalSeconds:0} s away from the server's clock";
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return "the signature is not hexadecimal";
        }
        return CryptographicOperations.FixedTimeEquals(given, Mac(secret, timestamp, body)) ? null : "the signature does not match";
    }

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
