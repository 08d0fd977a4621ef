using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class WaterCompanyConfiguration : IEntityTypeConfiguration<WaterCompany>
{
    public void Configure(EntityTypeBuilder<WaterCompany> company)
    {
        company.ToTable("companies");
        company.Property(c => c.Code).HasMaxLength(32);
        company.Property(c => c.Name).HasMaxLength(200);
        company.HasIndex(c => c.Code).IsUnique();
        company.HasOne<Group>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
