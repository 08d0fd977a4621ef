using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>
/// The yardstick: raw ADO.NET making the same two commits per instance as the engine, of the same rows
/// (the probe's rows with new ids, same sizes, the inbox's task-group rows included), into the same tables; no
/// reads, no engine, no EF.
/// </summary>
public sealed class PlainCommitLoop(BenchDatabase database, IModel model, StepShape shape)
{
    private readonly RecordSql _instances = new(model.FindEntityType(typeof(WorkflowInstanceRecord))!);
    private readonly RecordSql _tasks = new(model.FindEntityType(typeof(UserTaskRecord))!);
    private readonly RecordSql _history = new(model.FindEntityType(typeof(HistoryRecord))!);
    private readonly RecordSql _groups = new(model.FindEntityType(typeof(UserTaskGroupRecord))!);

    public LatencyRecorder Commits { get; } = new();

    public async Task RunOneAsync(bool record)
    {
        var (instanceId, taskId) = (Guid.NewGuid(), Guid.NewGuid());
        string Rename(string json) => json
            .Replace(shape.InstanceAfterStart.Id.ToString(), instanceId.ToString())
            .Replace(shape.TaskAfterStart.Id.ToString(), taskId.ToString());
        var instance = RecordClone.Of(shape.InstanceAfterStart, i => (i.Id, i.StateJson, i.BusinessKey) = (instanceId, Rename(i.StateJson), $"PLAIN-{instanceId:N}"[..14]));
        var task = RecordClone.Of(shape.TaskAfterStart, t => (t.Id, t.InstanceId) = (taskId, instanceId));
        var groups = shape.GroupsOfTask.Select(g => RecordClone.Of(g, c => c.TaskId = taskId)).ToList();
        var start = () => CommitAsync(target =>
        {
            _instances.AddInsert(target, instance);
            _tasks.AddInsert(target, task);
            foreach (var h in shape.HistoryOfStart) _history.AddInsert(target, RecordClone.Of(h, c => (c.Id, c.InstanceId) = (Guid.NewGuid(), instanceId)));
            foreach (var g in groups) _groups.AddInsert(target, g);
        });
        var complete = () => CommitAsync(target =>
        {
            var done = RecordClone.Of(shape.TaskAfterCompletion, t => (t.Id, t.InstanceId) = (taskId, instanceId));
            _tasks.AddUpdate(target, done, ["Status", "CompletedAt", "CompletedBy", "Revision"], task.Revision);
            var finished = RecordClone.Of(shape.InstanceAfterCompletion, i => (i.Id, i.StateJson) = (instanceId, Rename(i.StateJson)));
            _instances.AddUpdate(target, finished, ["StateJson", "VariablesJson", "Status", "EndedAt", "Revision"], instance.Revision);
            foreach (var h in shape.HistoryOfCompletion) _history.AddInsert(target, RecordClone.Of(h, c => (c.Id, c.InstanceId) = (Guid.NewGuid(), instanceId)));
            foreach (var g in groups) _groups.AddDelete(target, g);
        });
        if (record) { await Commits.TimeAsync(start); await Commits.TimeAsync(complete); }
        else { await start(); await complete(); }
    }

    private async Task CommitAsync(Action<DbCommandTarget> write)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var target = new DbCommandTarget(connection, transaction);
        write(target);
        await target.ExecuteAsync();
        await transaction.CommitAsync();
    }

    // SQLite enforces foreign keys only on connections that ask; EF Core's always do, so the loop's do too.
    private DbConnection Open() => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { ForeignKeys = true }.ConnectionString)
        : new NpgsqlConnection(database.ConnectionString);
}
