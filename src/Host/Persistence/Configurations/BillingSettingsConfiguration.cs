using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Billing;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class BillingSettingsConfiguration : IEntityTypeConfiguration<BillingSettings>
{
    public void Configure(EntityTypeBuilder<BillingSettings> settings)
    {
        settings.ToTable("billing_settings");
        settings.Property(s => s.ReviewFactor).HasPrecision(6, 2);
        settings.Property(s => s.ExtraM3PerPersonPerYear).HasPrecision(10, 3);
        settings.Property(s => s.ReliefPerM3).HasPrecision(10, 2);
        settings.Ignore(s => s.Reading);
        settings.Ignore(s => s.Relief);
        settings.HasIndex(s => s.CompanyId).IsUnique();
    }
}
