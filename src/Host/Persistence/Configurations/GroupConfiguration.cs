using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> group)
    {
        group.ToTable("groups");
        group.Property(g => g.Code).HasMaxLength(32);
        group.Property(g => g.Name).HasMaxLength(200);
        group.HasIndex(g => g.Code).IsUnique();
    }
}
