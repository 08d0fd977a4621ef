using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Ledger;

public static class LedgerExtensions
{
    public static IHostApplicationBuilder AddLedger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<LedgerRepository>();
        builder.Services.AddScoped<PaymentRecorder>();
        return builder;
    }
}
