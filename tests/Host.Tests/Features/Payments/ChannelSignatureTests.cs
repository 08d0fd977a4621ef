using System.Text;
using Orchestrator.Host.Features.Payments;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>The signature a channel puts on its callback: HMAC-SHA256 of "timestamp.body", hex, within the window.</summary>
public sealed class ChannelSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"channel":"Bank","amount":12.5}""");

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_timestamp_dot_body()
    {
        // A known answer from another implementation: printf '1796090400.{"channel":"Bank","amount":12.5}' | openssl dgst -sha256 -hmac key
        const string expected = "bda036372ea899746a779688f48515f3b8bb8d70b400dfdfefeec5b34451066d";

        Assert.Equal(expected, ChannelSignature.Sign("key", "1796090400", Body));
        Assert.Null(ChannelSignature.Problem("key", "1796090400", expected.ToUpperInvariant(), Body,
            DateTimeOffset.FromUnixTimeSeconds(1796090400), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("ts", null)]
    [InlineData("-5", "sig")]
    [InlineData("12.5", "sig")]
    [InlineData("99999999999999999999", "sig")]
    public void Missing_or_malformed_headers_are_refused(string? timestamp, string? signature) =>
        Assert.NotNull(ChannelSignature.Problem("key", timestamp == "ts" ? Now.ToUnixTimeSeconds().ToString() : timestamp, signature, Body, Now, TimeSpan.FromMinutes(5)));

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public void Only_a_timestamp_within_five_minutes_is_accepted(int offsetSeconds, bool accepted)
    {
        var timestamp = Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString();
        var problem = ChannelSignature.Problem("key", timestamp, ChannelSignature.Sign("key", timestamp, Body), Body, Now, TimeSpan.FromMinutes(5));
        Assert.Equal(accepted, problem is null);
    }
}
