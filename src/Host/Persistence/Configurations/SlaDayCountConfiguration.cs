using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Features.Dashboard;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class SlaDayCountConfiguration : IEntityTypeConfiguration<SlaDayCount>
{
    public void Configure(EntityTypeBuilder<SlaDayCount> count)
    {
        count.ToTable("sla_day_counts");
        count.HasKey(c => new { c.CompanyId, c.Day, c.CandidateGroups });
        count.Property(c => c.CandidateGroups).HasMaxLength(400);
        count.Ignore(c => c.IsDayMarker);
    }
}
