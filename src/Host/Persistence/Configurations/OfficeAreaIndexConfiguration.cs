using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Persistence.Configurations;

/// <summary>
/// The host's additions to the engine's task tables. A task-group row of business-office work carries the
/// district its account lies in (<see cref="Access.OfficeAreaStamp"/>), so an office's inbox reads its own
/// districts' index ranges instead of checking every row's address; and the company's open tasks are indexed
/// in deadline order for managers, who read every queue of their company.
/// </summary>
internal sealed class OfficeAreaIndexConfiguration : IEntityTypeConfiguration<UserTaskGroupRecord>, IEntityTypeConfiguration<UserTaskRecord>
{
    /// <summary>The shadow column: the served district the task's account address starts with, "" for none or other work.</summary>
    public const string Area = "Area";

    public void Configure(EntityTypeBuilder<UserTaskGroupRecord> row)
    {
        row.Property<string>(Area).HasMaxLength(32).IsRequired().HasDefaultValue("");
        row.HasIndex(nameof(UserTaskGroupRecord.TenantId), nameof(UserTaskGroupRecord.Group), Area,
            nameof(UserTaskGroupRecord.DueAt), nameof(UserTaskGroupRecord.CreatedAt), nameof(UserTaskGroupRecord.TaskId));
    }

    public void Configure(EntityTypeBuilder<UserTaskRecord> task)
    {
        task.HasIndex(t => new { t.TenantId, t.Status, t.DueAt, t.CreatedAt, t.Id });
        // Tasks without a deadline come last in creation order; PostgreSQL will not walk "DueAt IS NULL" of the index
        // above in (created, id) order, so they have their own.
        task.HasIndex(t => new { t.TenantId, t.Status, t.CreatedAt, t.Id }).HasDatabaseName("IX_wf_user_tasks_Undated").HasFilter("\"DueAt\" IS NULL");
    }
}
