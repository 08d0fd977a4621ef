using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class BillRunItemConfiguration : IEntityTypeConfiguration<BillRunItem>
{
    public void Configure(EntityTypeBuilder<BillRunItem> item)
    {
        item.ToTable("bill_run_items");
        item.Property(i => i.Period).HasMaxLength(7);
        item.Property(i => i.VolumeM3).HasPrecision(14, 3);
        item.Property(i => i.Amount).HasPrecision(18, 2);
        item.Property(i => i.ReliefAmount).HasPrecision(18, 2);
        item.Ignore(i => i.Lines);
        item.JsonList<BillRunItem, BillLine>("lines", "Lines");
        item.HasIndex(i => new { i.RunId, i.AccountId }).IsUnique();
        item.HasOne<BillRun>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
