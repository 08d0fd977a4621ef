using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.Property(a => a.Address).HasMaxLength(300);
        account.Property(a => a.WaterNature).HasConversion<string>().HasMaxLength(32);
        account.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        account.Property(a => a.ReliefKind).HasConversion<string>().HasMaxLength(16);
        account.Property(a => a.LowIncomeShare).HasPrecision(7, 4);
        account.HasIndex(a => new { a.CompanyId, a.Number }).IsUnique();
        account.HasIndex(a => a.CustomerId);
        account.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
