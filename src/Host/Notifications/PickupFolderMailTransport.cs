using Microsoft.Extensions.Options;
using MimeKit;

namespace Orchestrator.Host.Notifications;

/// <summary>The embedded default: each message becomes an .eml file that any mail client opens.</summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, cancellationToken);
    }
}
