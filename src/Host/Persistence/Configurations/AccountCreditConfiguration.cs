using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class AccountCreditConfiguration : IEntityTypeConfiguration<AccountCredit>
{
    public void Configure(EntityTypeBuilder<AccountCredit> credit)
    {
        credit.ToTable("account_credits");
        credit.Property(c => c.Balance).HasPrecision(18, 2);
        credit.HasIndex(c => c.AccountId).IsUnique();
        credit.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
