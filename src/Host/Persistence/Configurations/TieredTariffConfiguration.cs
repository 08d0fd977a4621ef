using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class TieredTariffConfiguration : IEntityTypeConfiguration<TieredTariff>
{
    public void Configure(EntityTypeBuilder<TieredTariff> tariff)
    {
        tariff.ToTable("tariffs");
        tariff.Property(t => t.Name).HasMaxLength(200);
        tariff.Property(t => t.WaterNature).HasConversion<string>().HasMaxLength(32);
        tariff.Property(t => t.RatioApproval).HasMaxLength(300);
        tariff.Ignore(t => t.Tiers);
        tariff.JsonList<TieredTariff, TariffTier>("tiers", "Tiers");
        tariff.Ignore(t => t.Surcharges);
        tariff.JsonList<TieredTariff, TariffSurcharge>("surcharges", "Surcharges");
        tariff.HasIndex(t => new { t.CompanyId, t.WaterNature });
    }
}
