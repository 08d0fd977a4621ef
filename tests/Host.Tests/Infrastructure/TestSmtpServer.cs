using MimeKit;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>
/// The real SMTP server (Debian's aiosmtpd) that `bash scripts/test.sh` starts on loopback; what it receives
/// lands in a Maildir the tests read. Without it the mail tests fail and say how to run them.
/// </summary>
public static class TestSmtpServer
{
    public static (string Host, int Port) Endpoint
    {
        get
        {
            var value = Required("ORCHESTRATOR_TEST_SMTP");
            var colon = value.LastIndexOf(':');
            return (value[..colon], int.Parse(value[(colon + 1)..]));
        }
    }

    public static async Task<IReadOnlyList<MimeMessage>> ReceivedForAsync(string address, Func<MimeMessage, bool> match, int atLeast = 1)
    {
        var folder = Path.Combine(Required("ORCHESTRATOR_TEST_MAILDIR"), "new");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var messages = Directory.Exists(folder)
                ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(b => b.Address == address) && match(m)).ToList()
                : [];
            if (messages.Count >= atLeast || DateTime.UtcNow > deadline) return messages;
            await Task.Delay(200);
        }
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set. Run the README's test command (bash scripts/test.sh), which starts the SMTP server.");
}
