using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class DailyCloseConfiguration : IEntityTypeConfiguration<DailyClose>
{
    public void Configure(EntityTypeBuilder<DailyClose> close)
    {
        close.ToTable("daily_closes");
        close.Property(c => c.Amount).HasPrecision(18, 2);
        close.HasIndex(c => new { c.CompanyId, c.Day }).IsUnique();
    }
}
