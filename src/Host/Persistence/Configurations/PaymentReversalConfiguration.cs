using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class PaymentReversalConfiguration : IEntityTypeConfiguration<PaymentReversal>
{
    public void Configure(EntityTypeBuilder<PaymentReversal> reversal)
    {
        reversal.ToTable("payment_reversals");
        reversal.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        reversal.Property(r => r.Amount).HasPrecision(18, 2);
        reversal.Property(r => r.CreditTakenBack).HasPrecision(18, 2);
        reversal.Property(r => r.Reason).HasMaxLength(300);
        reversal.Property(r => r.RequestedBy).HasMaxLength(64);
        reversal.Property(r => r.ApprovedBy).HasMaxLength(64);
        reversal.Ignore(r => r.Allocations);
        reversal.JsonList<PaymentReversal, BillAllocation>("allocations", "Allocations");
        // A payment is reversed once, also when two approvals race.
        reversal.HasIndex(r => r.PaymentId).IsUnique();
        reversal.HasIndex(r => r.AccountId);
        reversal.HasIndex(r => new { r.CompanyId, r.ReversedAt });
        reversal.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        reversal.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
