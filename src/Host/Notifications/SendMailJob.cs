using Hangfire;
using Hangfire.Server;
using Orchestrator.Host.Features.Notifications;

namespace Orchestrator.Host.Notifications;

/// <summary>
/// Renders a template and sends it once per key. A failed send is retried by Hangfire; after the last
/// attempt, or at once when retrying cannot help (a malformed address), the request's timeline says
/// 通知失败 with the reason, and 已通知 only after the server took the message.
/// </summary>
public sealed class SendMailJob(MailSender sender, NoticeTimeline timeline, ILogger<SendMailJob> logger)
{
    public const int Retries = 10;

    [AutomaticRetry(Attempts = Retries, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task RunAsync(string key, MailRequest request, PerformContext? context, CancellationToken cancellationToken) =>
        DeliverAsync(key, request, lastAttempt: (context?.GetJobParameter<int>("RetryCount") ?? 0) >= Retries, cancellationToken);

    public async Task DeliverAsync(string key, MailRequest request, bool lastAttempt, CancellationToken cancellationToken)
    {
        if (request.To.Length == 0)
        {
            logger.LogWarning("Mail {Key} ({Template}) has no recipient address and was not sent", key, request.Template);
            await timeline.FailedAsync(request.RequestNumber, request.Template, "没有收件地址。", cancellationToken);
            return;
        }
        var (subject, body) = MailTemplates.Get(request.Template).Render(request.Culture ?? "zh-CN", request.Data);
        try
        {
            if (!await sender.SendAsync(new OutgoingMail(key, request.To, subject, body), cancellationToken)) return;
        }
        catch (Exception e) when (e is MimeKit.ParseException || (lastAttempt && e is not OperationCanceledException))
        {
            logger.LogError(e, "Mail {Key} ({Template}) to {To} could not be sent", key, request.Template, string.Join(", ", request.To));
            await timeline.FailedAsync(request.RequestNumber, request.Template, $"{e.Message}（{string.Join("、", request.To)}）", cancellationToken);
            return;
        }
        logger.LogInformation("Sent {Template} to {To}", request.Template, string.Join(", ", request.To));
        await timeline.SentAsync(request.RequestNumber, request.Template, request.To, cancellationToken);
    }
}
