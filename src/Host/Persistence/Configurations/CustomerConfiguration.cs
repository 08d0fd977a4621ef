using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.ToTable("customers");
        customer.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        customer.Property(c => c.Name).HasMaxLength(200);
        customer.Property(c => c.IdNumber).HasMaxLength(18);
        customer.Property(c => c.Email).HasMaxLength(200);
        customer.PrimitiveCollection(c => c.Phones).HasField("phones");
        customer.HasIndex(c => new { c.CompanyId, c.IdNumber });
        customer.HasIndex(c => new { c.CompanyId, c.Name });
        customer.HasOne<WaterCompany>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
