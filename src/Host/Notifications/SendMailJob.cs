using Hangfire;

namespace Orchestrator.Host.Notifications;

/// <summary>Renders a template and sends it once per key; transport failures are retried by Hangfire.</summary>
public sealed class SendMailJob(MailSender sender, ILogger<SendMailJob> logger)
{
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(string key, MailRequest request, CancellationToken cancellationToken)
    {
        if (request.To.Count == 0)
        {
            logger.LogWarning("Mail {Key} ({Template}) has no recipient address and was not sent", key, request.Template);
            return;
        }
        var (subject, body) = MailTemplates.Get(request.Template).Render(request.Culture ?? "zh-CN", request.Data);
        if (await sender.SendAsync(new OutgoingMail(key, request.To, subject, body), cancellationToken))
            logger.LogInformation("Sent {Template} to {To}", request.Template, string.Join(", ", request.To));
    }
}
