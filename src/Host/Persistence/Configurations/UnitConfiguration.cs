using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.ToTable("units");
        unit.Property(u => u.Code).HasMaxLength(32);
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.Property(u => u.ServedAreas).HasMaxLength(500).HasDefaultValue("");
        unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        unit.HasIndex(u => new { u.CompanyId, u.Code }).IsUnique();
        unit.HasOne<WaterCompany>().WithMany().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
