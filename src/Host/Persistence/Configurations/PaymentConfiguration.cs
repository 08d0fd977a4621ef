using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments");
        payment.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.IdempotencyKey).HasMaxLength(100);
        payment.Property(p => p.Amount).HasPrecision(18, 2);
        payment.Property(p => p.CreditedAmount).HasPrecision(18, 2);
        payment.Ignore(p => p.ReceivedOn);
        payment.Ignore(p => p.Result);
        payment.Ignore(p => p.Allocations);
        payment.JsonList<Payment, BillAllocation>("allocations", "Allocations");
        // The ledger sees one account; this index is what stops a channel's key being paid on two accounts.
        payment.HasIndex(p => new { p.Channel, p.IdempotencyKey }).IsUnique();
        payment.HasIndex(p => p.AccountId);
        payment.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
