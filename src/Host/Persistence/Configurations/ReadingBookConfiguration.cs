using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ReadingBookConfiguration : IEntityTypeConfiguration<ReadingBook>
{
    public void Configure(EntityTypeBuilder<ReadingBook> book)
    {
        book.ToTable("reading_books");
        book.Property(b => b.Code).HasMaxLength(32);
        book.Property(b => b.Name).HasMaxLength(100);
        book.Property(b => b.Area).HasMaxLength(100);
        book.Property(b => b.Reader).HasMaxLength(64);
        book.Property(b => b.MeterRole).HasConversion<string>().HasMaxLength(16);
        book.Property(b => b.FirstPeriod).HasMaxLength(7);
        book.HasIndex(b => new { b.CompanyId, b.Code }).IsUnique();
        book.HasIndex(b => new { b.CompanyId, b.Area });
    }
}
