using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ReceiptRegisterConfiguration : IEntityTypeConfiguration<ReceiptRegister>
{
    public void Configure(EntityTypeBuilder<ReceiptRegister> register)
    {
        register.ToTable("receipt_registers");
        register.Property(r => r.Prefix).HasMaxLength(12);
        register.HasIndex(r => r.CompanyId).IsUnique();
    }
}
