using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class BillRunConfiguration : IEntityTypeConfiguration<BillRun>
{
    public void Configure(EntityTypeBuilder<BillRun> run)
    {
        run.ToTable("bill_runs");
        run.Property(r => r.Period).HasMaxLength(7);
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        run.Property(r => r.CalculatedBy).HasMaxLength(64);
        run.Property(r => r.ReleasedBy).HasMaxLength(64);
        run.Property(r => r.ReversedBy).HasMaxLength(64);
        run.Property(r => r.ReversalReason).HasMaxLength(300);
        run.Property(r => r.VolumeM3).HasPrecision(18, 3);
        run.Property(r => r.Amount).HasPrecision(18, 2);
        run.Property(r => r.ReliefAmount).HasPrecision(18, 2);
        run.HasIndex(r => new { r.BookId, r.Period, r.Status });
        run.HasIndex(r => new { r.CompanyId, r.Period });
        run.HasOne<ReadingBook>().WithMany().HasForeignKey(r => r.BookId).OnDelete(DeleteBehavior.Restrict);
    }
}
