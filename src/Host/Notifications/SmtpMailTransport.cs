using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Orchestrator.Host.Notifications;

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(mail.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), mail.SmtpPort, Security(mail.Security), cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
