using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Requests;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class RequestNumberCounterConfiguration : IEntityTypeConfiguration<RequestNumberCounter>
{
    public void Configure(EntityTypeBuilder<RequestNumberCounter> counter)
    {
        counter.ToTable("request_number_counters");
        counter.HasKey(c => c.Prefix);
        counter.Property(c => c.Prefix).HasMaxLength(16);
    }
}
