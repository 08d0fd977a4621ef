using Microsoft.Extensions.Options;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Notifications;

public static class NotificationsExtensions
{
    /// <summary>MailKit over SMTP when Mail:SmtpHost is set; otherwise .eml files in Mail:PickupFolder.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<IMailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.SmtpHost)
            ? sp.GetRequiredService<PickupFolderMailTransport>()
            : sp.GetRequiredService<SmtpMailTransport>());
        services.AddScoped<MailSender>();
        services.AddScoped<Features.Notifications.NoticeTimeline>();
        services.AddScoped<Features.Notifications.CallListQuery>();
        services.AddScoped<Features.Notifications.RecordCustomerCalled>();
        services.AddScoped<SendMailJob>();
        services.AddScoped<IOutboxHandler, MailOutboxHandler>();
        services.AddScoped<IOutboxHandler, CustomerNoticeOutboxHandler>();
        return builder;
    }
}
