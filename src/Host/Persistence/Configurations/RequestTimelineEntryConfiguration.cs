using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class RequestTimelineEntryConfiguration : IEntityTypeConfiguration<RequestTimelineEntry>
{
    public void Configure(EntityTypeBuilder<RequestTimelineEntry> entry)
    {
        entry.ToTable("request_timeline");
        entry.Property(e => e.Actor).HasMaxLength(100);
        entry.Property(e => e.Text).HasMaxLength(2000);
        entry.HasIndex(e => new { e.RequestId, e.At });
        entry.HasOne<ServiceRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
