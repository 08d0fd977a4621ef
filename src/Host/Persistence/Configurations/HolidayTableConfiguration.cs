using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Calendar;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class HolidayTableConfiguration : IEntityTypeConfiguration<HolidayTable>
{
    public void Configure(EntityTypeBuilder<HolidayTable> table)
    {
        table.ToTable("holiday_tables");
        table.Property(t => t.Source).HasMaxLength(500);
        table.PrimitiveCollection(t => t.DaysOff).HasField("daysOff");
        table.PrimitiveCollection(t => t.MakeUpWorkingDays).HasField("makeUpWorkingDays");
        table.HasIndex(t => t.Year).IsUnique();
    }
}
