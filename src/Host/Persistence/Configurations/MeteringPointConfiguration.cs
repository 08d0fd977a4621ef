using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class MeteringPointConfiguration : IEntityTypeConfiguration<MeteringPoint>
{
    public void Configure(EntityTypeBuilder<MeteringPoint> meter)
    {
        meter.ToTable("metering_points");
        meter.Property(m => m.MeterNumber).HasMaxLength(32);
        meter.Property(m => m.Address).HasMaxLength(300);
        meter.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        meter.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        meter.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        meter.Property(m => m.LastReadingM3).HasPrecision(14, 3);
        meter.HasIndex(m => new { m.CompanyId, m.MeterNumber }).IsUnique();
        meter.HasIndex(m => m.AccountId);
        meter.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
