using Microsoft.Extensions.Options;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Features.Payments;

/// <summary>Refuses to start with a channel that could not be verified or booked; every failure names its setting.</summary>
public sealed class PaymentsOptionsValidator : IValidateOptions<PaymentsOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, PaymentsOptions options)
    {
        var failures = new List<string>();
        if (options.CreditCeiling < 0)
            failures.Add($"{PaymentsOptions.Section}:CreditCeiling must be zero or more yuan; it is {options.CreditCeiling}.");
        if (options.SignatureWindow <= TimeSpan.Zero || options.SignatureWindow > TimeSpan.FromMinutes(5))
            failures.Add($"{PaymentsOptions.Section}:SignatureWindow must be more than zero and at most 00:05:00; it is {options.SignatureWindow}.");
        foreach (var (channel, settings) in options.Channels)
        {
            var key = $"{PaymentsOptions.Section}:Channels:{channel}";
            if (settings.Secret.Trim().Length < MinimumSecretLength)
                failures.Add($"{key}:Secret must be at least {MinimumSecretLength} characters.");
            if (string.IsNullOrWhiteSpace(settings.Company))
                failures.Add($"{key}:Company must name the code of the company the channel collects for.");
            if (KindOf(channel, settings) is null)
                failures.Add($"{key}:Kind must be one of Bank, WeChat, Alipay, Collection, Withholding (the counter takes no callbacks).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static PaymentChannel? KindOf(string channel, PaymentChannelOptions settings) =>
        Enum.TryParse<PaymentChannel>(settings.Kind ?? channel, ignoreCase: true, out var kind)
            && Enum.IsDefined(kind) && kind != PaymentChannel.Counter && !int.TryParse(settings.Kind ?? channel, out _)
            ? kind
            : null;
}
