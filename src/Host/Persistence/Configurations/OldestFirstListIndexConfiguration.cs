using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Persistence.Configurations;

/// <summary>
/// The host's indexes for its oldest-first lists over the engine's tables, each in the list's keyset order after the
/// company: the waits for customers (one range per waiting step, open only) and the open incidents. The first page
/// of either reads its rows from the start of the ranges instead of sorting everything the company has.
/// </summary>
internal sealed class OldestFirstListIndexConfiguration :
    IEntityTypeConfiguration<UserTaskRecord>, IEntityTypeConfiguration<MessageSubscriptionRecord>, IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskRecord> task) =>
        task.HasIndex(t => new { t.TenantId, t.ElementId, t.Status, t.CreatedAt, t.Id }).HasDatabaseName("IX_wf_user_tasks_Waiting");

    /// <summary>Open waits only: SQLite does not seek on a bare boolean column, so "open" is the index's filter, not a key.</summary>
    public void Configure(EntityTypeBuilder<MessageSubscriptionRecord> wait) =>
        wait.HasIndex(w => new { w.TenantId, w.ElementId, w.CreatedAt, w.Id }).HasDatabaseName("IX_wf_message_subscriptions_Waiting").HasFilter("\"IsOpen\"");

    public void Configure(EntityTypeBuilder<IncidentRecord> incident) =>
        incident.HasIndex(i => new { i.TenantId, i.Status, i.CreatedAt, i.Id }).HasDatabaseName("IX_wf_incidents_Open_List");
}
