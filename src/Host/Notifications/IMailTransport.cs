using MimeKit;

namespace Orchestrator.Host.Notifications;

/// <summary>Where a finished MIME message goes: an SMTP server, or a folder of .eml files.</summary>
public interface IMailTransport
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}
