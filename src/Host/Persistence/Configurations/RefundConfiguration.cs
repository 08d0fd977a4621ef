using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> refund)
    {
        refund.ToTable("refunds");
        refund.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        refund.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        refund.Property(r => r.Amount).HasPrecision(18, 2);
        refund.Property(r => r.Reason).HasMaxLength(300);
        refund.Property(r => r.PaidBy).HasMaxLength(64);
        refund.HasIndex(r => r.AccountId);
        refund.HasIndex(r => new { r.CompanyId, r.RefundedAt });
        refund.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
