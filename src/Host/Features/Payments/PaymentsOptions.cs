namespace Orchestrator.Host.Features.Payments;

/// <summary>
/// <c>Payments</c>: how much a payment may exceed what an account owes, and the channels (bank, WeChat,
/// Alipay, …) whose signed callbacks are accepted. Checked at start-up by <see cref="PaymentsOptionsValidator"/>.
/// </summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>Yuan a payment may leave as credit beyond what the account owes; more is refused.</summary>
    public decimal CreditCeiling { get; set; } = 5_000m;

    /// <summary>How far a callback's <c>X-Timestamp</c> may be from the server's clock.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>By channel name, the name a callback gives in its <c>channel</c> field.</summary>
    public Dictionary<string, PaymentChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary><c>Payments:Channels:&lt;Channel&gt;</c>: one payment channel's shared secret and the company it collects for.</summary>
public sealed class PaymentChannelOptions
{
    /// <summary>The HMAC-SHA256 key both sides hold; at least 32 characters.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The code of the water company whose accounts this channel pays (e.g. <c>city</c>).</summary>
    public string Company { get; set; } = "";

    /// <summary>Bank, WeChat, Alipay, Collection or Withholding; by default the channel's name.</summary>
    public string? Kind { get; set; }
}
