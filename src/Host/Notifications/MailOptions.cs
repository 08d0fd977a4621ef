namespace Orchestrator.Host.Notifications;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "供水业务流程中心 <noreply@water.local>";

    /// <summary>With no SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string PickupFolder { get; set; } = "data/mail";
}
