using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ReadingBookMeterConfiguration : IEntityTypeConfiguration<ReadingBookMeter>
{
    public void Configure(EntityTypeBuilder<ReadingBookMeter> place)
    {
        place.ToTable("reading_book_meters");
        // A meter is on one book at a time; a book's route is read in order.
        place.HasIndex(p => p.MeteringPointId).IsUnique();
        place.HasIndex(p => new { p.BookId, p.Sequence });
        place.HasOne<ReadingBook>().WithMany().HasForeignKey(p => p.BookId).OnDelete(DeleteBehavior.Restrict);
        place.HasOne<MeteringPoint>().WithMany().HasForeignKey(p => p.MeteringPointId).OnDelete(DeleteBehavior.Restrict);
        place.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
