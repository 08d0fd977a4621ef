using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class CashCloseConfiguration : IEntityTypeConfiguration<CashClose>
{
    public void Configure(EntityTypeBuilder<CashClose> close)
    {
        close.ToTable("cash_closes");
        close.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        close.Property(c => c.Period).HasMaxLength(10);
        close.Property(c => c.Received).HasPrecision(18, 2);
        close.Property(c => c.Reversed).HasPrecision(18, 2);
        close.Property(c => c.Refunded).HasPrecision(18, 2);
        close.Property(c => c.ClosedBy).HasMaxLength(64);
        close.Ignore(c => c.Net);
        close.Ignore(c => c.Lines);
        close.JsonList<CashClose, CashCloseLine>("lines", "Lines");
        // Closed once: the unique index refuses a second close of the same day or month.
        close.HasIndex(c => new { c.CompanyId, c.Kind, c.Period }).IsUnique();
    }
}
