using Orchestrator.Host.Features.Payments;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>A channel that could not be verified or booked stops the start-up, naming its setting.</summary>
public sealed class PaymentsOptionsValidatorTests
{
    private readonly PaymentsOptionsValidator validator = new();

    [Fact]
    public void Well_formed_channels_pass()
    {
        var options = new PaymentsOptions { Channels = { ["WeChat"] = Channel("w", "city"), ["CityBank"] = Channel("b", "city", "Bank") } };

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_short_secret_a_missing_company_a_counter_channel_and_a_negative_ceiling_are_each_named()
    {
        var options = new PaymentsOptions
        {
            CreditCeiling = -1,
            Channels =
            {
                ["Bank"] = new PaymentChannelOptions { Secret = "short", Company = "city" },
                ["WeChat"] = Channel("w", ""),
                ["Counter"] = Channel("c", "city"),
                ["Pigeon"] = Channel("p", "city"),
            },
        };

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Payments:CreditCeiling"));
        Assert.Contains(failures, f => f.StartsWith("Payments:Channels:Bank:Secret"));
        Assert.Contains(failures, f => f.StartsWith("Payments:Channels:WeChat:Company"));
        Assert.Contains(failures, f => f.StartsWith("Payments:Channels:Counter:Kind"));
        Assert.Contains(failures, f => f.StartsWith("Payments:Channels:Pigeon:Kind"));
    }

    private static PaymentChannelOptions Channel(string seed, string company, string? kind = null) =>
        new() { Secret = new string(seed[0], 40), Company = company, Kind = kind };
}
