using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> receipt)
    {
        receipt.ToTable("receipts");
        receipt.Property(r => r.Number).HasMaxLength(24);
        receipt.Property(r => r.Amount).HasPrecision(18, 2);
        receipt.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        receipt.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        receipt.Property(r => r.IssuedBy).HasMaxLength(64);
        receipt.Property(r => r.VoidedBy).HasMaxLength(64);
        receipt.Property(r => r.VoidReason).HasMaxLength(300);
        receipt.Ignore(r => r.Prints);
        receipt.JsonList<Receipt, ReceiptPrint>("prints", "Prints");
        receipt.HasIndex(r => new { r.CompanyId, r.Number }).IsUnique();
        receipt.HasIndex(r => r.PaymentId);
        receipt.HasIndex(r => r.AccountId);
        receipt.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        receipt.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
