using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class DepositConfiguration : IEntityTypeConfiguration<Deposit>
{
    public void Configure(EntityTypeBuilder<Deposit> deposit)
    {
        deposit.ToTable("deposits");
        deposit.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        deposit.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        deposit.Property(d => d.Amount).HasPrecision(18, 2);
        deposit.HasIndex(d => d.AccountId);
        deposit.HasIndex(d => new { d.CompanyId, d.Status, d.RefundDueOn });
        deposit.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
