using Microsoft.Extensions.Options;

namespace Orchestrator.Host.Features.Payments;

public static class PaymentsExtensions
{
    /// <summary>Payments: signed channel callbacks, the counter command, the bounds; the settings are checked at start-up.</summary>
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PaymentsOptions>, PaymentsOptionsValidator>();
        builder.Services.AddScoped<PaymentBooking>();
        builder.Services.AddScoped<RecordCounterPayment>();
        builder.Services.AddScoped<RecordChannelPayment>();
        return builder;
    }
}
