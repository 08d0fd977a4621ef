using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Notifications;

/// <summary>
/// Sends a message once: a message whose key is already in the sent-mail log is skipped, so a retried job
/// or a twice-dispatched outbox row does not mail the customer twice.
/// </summary>
public sealed class MailSender(IMailTransport transport, OrchestratorDbContext db, IOptions<MailOptions> options, TimeProvider clock)
{
    public async Task<bool> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (await db.Set<SentMail>().AnyAsync(m => m.Key == mail.Key, cancellationToken)) return false;
        await transport.DeliverAsync(ToMime(mail), cancellationToken);
        db.Set<SentMail>().Add(new SentMail { Key = mail.Key, To = string.Join(";", mail.To), Subject = mail.Subject, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private MimeMessage ToMime(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        foreach (var to in mail.To) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Key}@orchestrator";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}
