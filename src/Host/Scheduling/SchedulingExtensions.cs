using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Hangfire fires timers and one-off jobs: in memory by default, on PostgreSQL when the database is.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (sp.GetRequiredService<JobStorageChoice>().KeepsJobs)
                config.UsePostgreSqlStorage(pg => pg.UseNpgsqlConnection(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
            else
                config.UseInMemoryStorage();
        });
        services.AddHangfireServer((sp, server) =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value;
            server.WorkerCount = options.Workers;
            server.SchedulePollingInterval = options.PollingInterval;
        });
        services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, HangfireTimerScheduler>());
        services.AddScoped<FireWorkflowTimerJob>();
        services.AddSingleton<JobStorageChoice>();
        services.AddSingleton<TimerReconciler>();
        services.AddScoped<TimerWindow>();
        services.AddScoped<IOutboxHandler, Refunds.DepositRefundOutboxHandler>();
        services.AddScoped<Refunds.DepositRefundJob>();
        services.AddScoped<Refunds.DepositRefundReconciler>();
        return builder;
    }

    public static async Task ReconcileTimersAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<TimerReconciler>().ReconcileAsync();

    public static async Task ReconcileDepositRefundsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Refunds.DepositRefundReconciler>().ReconcileAsync();
    }

    /// <summary>
    /// The Hangfire dashboard spans every company's jobs and lets its viewer re-run them, so only the group's
    /// administrator sees it, never a company's (ADR-005).
    /// </summary>
    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/" })
            .RequireAuthorization(Policies.GroupAdministrator);
        return app;
    }
}
