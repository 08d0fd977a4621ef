namespace Orchestrator.Host.Requests;

public static class RequestsExtensions
{
    /// <summary>The request services the API and the workplace share: intake, details, payment callbacks, customer search.</summary>
    public static IHostApplicationBuilder AddRequests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestIntakeService>();
        builder.Services.AddScoped<Features.Intake.IntakeRules>();
        builder.Services.AddScoped<RequestQueries>();
        builder.Services.AddScoped<PaymentCallbackService>();
        builder.Services.AddScoped<CustomerSearch>();
        return builder;
    }
}
