using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Maps the engine's records into a host DbContext: call <c>modelBuilder.ApplyWorkflowEngineModel()</c>
/// in <c>OnModelCreating</c>. Tables are prefixed <c>wf_</c>; enums are stored as text.
/// </summary>
public static class WorkflowEngineModel
{
    public static ModelBuilder ApplyWorkflowEngineModel(this ModelBuilder model)
    {
        model.Entity<WorkflowDefinitionRecord>(e =>
        {
            Table(e, "wf_definitions");
            e.HasIndex(d => new { d.Key, d.Version }).IsUnique();
            e.Property(d => d.Key).HasMaxLength(200);
            e.Property(d => d.ContentHash).HasMaxLength(64);
        });
        model.Entity<WorkflowInstanceRecord>(e =>
        {
            Table(e, "wf_instances");
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(i => i.BusinessKey);
            e.HasIndex(i => new { i.ProcessKey, i.Status });
            e.HasIndex(i => new { i.Status, i.EndedAt }); // retention: the oldest finished instances
            e.HasIndex(i => new { i.TenantId, i.Status });
        });
        model.Entity<UserTaskRecord>(e =>
        {
            Table(e, "wf_user_tasks");
            e.Property(t => t.Revision).IsConcurrencyToken();
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(t => new { t.Status, t.CandidateGroups, t.DueAt });
            // The inbox's page: open tasks in deadline order, so "overdue first, page of 20" reads a few index
            // entries instead of sorting every open task (a candidate group cannot be a range key: ",a,b,").
            e.HasIndex(t => new { t.DueAt, t.CreatedAt }).HasDatabaseName("IX_wf_user_tasks_Open_DueAt_CreatedAt")
                .HasFilter("\"Status\" = 'Open'");
            e.HasIndex(t => new { t.Assignee, t.Status });
            e.HasIndex(t => t.InstanceId);
            e.HasIndex(t => new { t.TenantId, t.Status });
            e.HasIndex(t => new { t.ElementId, t.Status }); // the steps that stand for a wait on the customer (待客户办理)
            e.HasIndex(t => new { t.TenantId, t.CompletedAt }).HasDatabaseName("IX_wf_user_tasks_Completed_TenantId_CompletedAt")
                .HasFilter("\"Status\" = 'Completed'"); // a day's completions for the SLA figures
        });
        model.Entity<UserTaskGroupRecord>(e =>
        {
            e.ToTable("wf_user_task_groups");
            e.Ignore(r => r.Id);
            e.HasKey(r => new { r.TaskId, r.Group });
            e.Property(r => r.Group).HasMaxLength(200);
            // An inbox page per group: equality on tenant and group, then the rows already in deadline order.
            e.HasIndex(r => new { r.TenantId, r.Group, r.DueAt, r.CreatedAt, r.TaskId });
        });
        model.Entity<TimerRecord>(e =>
        {
            Table(e, "wf_timers");
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Revision).IsConcurrencyToken();
            e.HasIndex(t => new { t.DefinitionId, t.Status });
            e.HasIndex(t => new { t.Status, t.DueAt });
        });
        model.Entity<MessageSubscriptionRecord>(e =>
        {
            Table(e, "wf_message_subscriptions");
            e.HasIndex(s => new { s.MessageName, s.CorrelationKey });
            e.HasIndex(s => new { s.InstanceId, s.MessageName });
            e.HasIndex(s => new { s.ElementId, s.IsOpen }); // open waits by step: the fee payment the customer owes
        });
        model.Entity<SignalSubscriptionRecord>(e =>
        {
            Table(e, "wf_signal_subscriptions");
            e.Property(s => s.SignalName).HasMaxLength(200);
            e.HasIndex(s => new { s.SignalName, s.TenantId, s.IsOpen });
        });
        model.Entity<BufferedMessageRecord>(e =>
        {
            Table(e, "wf_buffered_messages");
            e.HasIndex(m => new { m.MessageName, m.CorrelationKey });
        });
        model.Entity<IncidentRecord>(e =>
        {
            Table(e, "wf_incidents");
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(i => new { i.InstanceId, i.Status });
            e.HasIndex(i => new { i.TenantId, i.Status });
        });
        model.Entity<HistoryRecord>(e =>
        {
            Table(e, "wf_history");
            e.HasIndex(h => new { h.InstanceId, h.Sequence });
        });
        model.Entity<OutboxRecord>(e =>
        {
            Table(e, "wf_outbox");
            e.HasIndex(o => o.DispatchedAt);
            // The sweep's page: rows still to go out, oldest first, without reading dispatched or parked ones.
            e.HasIndex(o => o.CreatedAt).HasDatabaseName("IX_wf_outbox_Waiting_CreatedAt")
                .HasFilter("\"DispatchedAt\" IS NULL AND \"ParkedAt\" IS NULL");
        });
        return model;
    }

    private static void Table<T>(EntityTypeBuilder<T> entity, string name) where T : WorkflowRecord
    {
        entity.ToTable(name);
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Id).ValueGeneratedNever();
    }
}
