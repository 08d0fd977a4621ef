using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Notifications;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class SentMailConfiguration : IEntityTypeConfiguration<SentMail>
{
    public void Configure(EntityTypeBuilder<SentMail> mail)
    {
        mail.ToTable("sent_mail");
        mail.Property(m => m.Key).HasMaxLength(200);
        mail.Property(m => m.To).HasMaxLength(2000);
        mail.Property(m => m.Subject).HasMaxLength(500);
        mail.HasIndex(m => m.Key).IsUnique();
    }
}
