using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.History;

namespace Orchestrator.Host.Persistence.Configurations;

internal sealed class CompletedStepConfiguration : IEntityTypeConfiguration<CompletedStep>
{
    public void Configure(EntityTypeBuilder<CompletedStep> step)
    {
        step.ToTable("request_steps");
        step.Property(s => s.UserName).HasMaxLength(100);
        step.Property(s => s.ActorName).HasMaxLength(100);
        step.Property(s => s.UnitName).HasMaxLength(100);
        step.Property(s => s.ElementId).HasMaxLength(200);
        step.Property(s => s.StepName).HasMaxLength(200);
        step.Property(s => s.FormKey).HasMaxLength(100);
        step.HasIndex(s => new { s.RequestId, s.At });
        step.HasIndex(s => s.TaskId).IsUnique();
        step.HasOne<ServiceRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
