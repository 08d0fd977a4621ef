using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ReadingBatchConfiguration : IEntityTypeConfiguration<ReadingBatch>
{
    public void Configure(EntityTypeBuilder<ReadingBatch> batch)
    {
        batch.ToTable("reading_batches");
        batch.Property(b => b.Period).HasMaxLength(7);
        batch.Property(b => b.Role).HasConversion<string>().HasMaxLength(16);
        batch.HasIndex(b => new { b.CompanyId, b.Period, b.Role }).IsUnique();
    }
}
