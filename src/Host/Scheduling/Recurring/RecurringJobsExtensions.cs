using Orchestrator.Host.Persistence;
using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

public static class RecurringJobsExtensions
{
    /// <summary>
    /// Quartz.NET for calendar-shaped work, on working days of the business calendar: RAM store by default,
    /// a clustered AdoJobStore on PostgreSQL (schema from the migrations) when the database is PostgreSQL.
    /// </summary>
    public static IHostApplicationBuilder AddRecurringJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<UnitWorkloadQuery>();
        services.AddScoped<UnitDigestSender>();
        services.AddScoped<SlaEscalationSender>();
        services.AddScoped<DailyCloser>();
        services.AddScoped<MeterReadingCycle>();
        services.AddScoped<HolidayTableReminder>();
        services.AddScoped<OutboxSweep>();
        services.AddScoped<Retention.EngineRetention>();
        services.AddScoped<Features.Dashboard.SlaDaySummaries>();
        services.AddOptions<Retention.RetentionOptions>().BindConfiguration(Retention.RetentionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BusinessDaysCalendarFactory>();
        services.AddHostedService<BusinessDaysCalendarRefresher>();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var scheduling = builder.Configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddQuartz(quartz =>
        {
            quartz.AddCalendar(BusinessDaysCalendarFactory.Name, provider => provider.GetRequiredService<BusinessDaysCalendarFactory>().Create(),
                new AddCalendarOptions { Replace = true, UpdateTriggers = true });
            Schedule<UnitDigestJob>(quartz, "0 30 8 * * ?");
            Schedule<SlaSweepJob>(quartz, "0 0 9,14 * * ?");
            Schedule<DailyCloseJob>(quartz, "0 30 17 * * ?");
            Schedule<MeterReadingJob>(quartz, "0 0 7 * * ?");
            Schedule<HolidayReminderJob>(quartz, "0 0 9 ? 11,12 MON");
            ScheduleAroundTheClock<OutboxSweepJob>(quartz, "0 * * * * ?");
            ScheduleAroundTheClock<TimerWindowJob>(quartz, "0 5/10 * * * ?");
            ScheduleAroundTheClock<Retention.RetentionJob>(quartz, "0 30 2 * * ?");
            ScheduleAroundTheClock<Features.Dashboard.SlaDaySummaryJob>(quartz, "0 20 * * * ?");
            if (database.Provider == DatabaseProvider.PostgreSql && scheduling.Storage != JobStorage.InMemory)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                    store.ConfigureStore(o => o.TablePrefix = QuartzSchema.TablePrefix);
                });
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>Housekeeping that runs every day, not only on working days.</summary>
    private static void ScheduleAroundTheClock<TJob>(IQuartzBuilder quartz, string cron) where TJob : IJob
    {
        var key = new JobKey(typeof(TJob).Name);
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(typeof(TJob).Name + ".trigger")
            .WithCronSchedule(cron, c => c.InTimeZone(ChinaTimeZone.Instance).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, string cron) where TJob : IJob
    {
        var key = new JobKey(typeof(TJob).Name);
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(typeof(TJob).Name + ".trigger")
            .WithCronSchedule(cron, c => c.InTimeZone(ChinaTimeZone.Instance).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .WithCalendarName(BusinessDaysCalendarFactory.Name));
    }
}
