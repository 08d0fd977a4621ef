using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> bill)
    {
        bill.ToTable("bills");
        bill.Property(b => b.Period).HasMaxLength(16);
        bill.Property(b => b.VolumeM3).HasPrecision(14, 3);
        bill.Property(b => b.Amount).HasPrecision(18, 2);
        bill.Property(b => b.AmountPaid).HasPrecision(18, 2);
        bill.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        bill.Ignore(b => b.Outstanding);
        bill.Ignore(b => b.Lines);
        bill.JsonList<Bill, Domain.Billing.BillLine>("lines", "Lines");
        bill.HasIndex(b => b.BillRunId);
        bill.HasIndex(b => new { b.AccountId, b.Period }).IsUnique();
        bill.HasIndex(b => new { b.CompanyId, b.Status, b.DueDate });
        bill.HasOne<Account>().WithMany().HasForeignKey(b => b.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
