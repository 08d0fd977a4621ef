using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> reading)
    {
        reading.ToTable("meter_readings");
        reading.Property(r => r.Period).HasMaxLength(7);
        reading.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        reading.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        reading.Property(r => r.Review).HasConversion<string>().HasMaxLength(16);
        reading.Property(r => r.ReviewReason).HasMaxLength(300);
        reading.Property(r => r.ReviewedBy).HasMaxLength(64);
        reading.Property(r => r.RejectionReason).HasMaxLength(120);
        reading.Property(r => r.RejectedBy).HasMaxLength(64);
        reading.Property(r => r.EnteredBy).HasMaxLength(64);
        foreach (var m3 in new[] { nameof(MeterReading.ValueM3), nameof(MeterReading.PreviousM3), nameof(MeterReading.VolumeM3), nameof(MeterReading.BaselineAfterM3) })
            reading.Property<decimal>(m3).HasPrecision(14, 3);
        reading.Ignore(r => r.IsBilled);
        reading.Ignore(r => r.IsDueForBilling);
        reading.HasIndex(r => new { r.MeteringPointId, r.ReadOn });
        reading.HasIndex(r => new { r.AccountId, r.ReadOn });
        reading.HasIndex(r => new { r.BookId, r.Period });
        reading.HasIndex(r => new { r.CompanyId, r.Review });
        reading.HasIndex(r => r.BillRunId);
        reading.HasOne<MeteringPoint>().WithMany().HasForeignKey(r => r.MeteringPointId).OnDelete(DeleteBehavior.Restrict);
        reading.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
