using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Host.Scheduling;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class TimerWindowMarkConfiguration : IEntityTypeConfiguration<TimerWindowMark>
{
    public void Configure(EntityTypeBuilder<TimerWindowMark> mark)
    {
        mark.ToTable("timer_window");
        mark.HasKey(m => m.Id);
        mark.Property(m => m.Id).ValueGeneratedNever();
    }
}
