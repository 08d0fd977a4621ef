using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>
/// The SQL commands one DbContext executes while the log is open, read from EF Core's diagnostic events (the
/// interceptor's events, without changing the Host's configuration), so a test can count what a query costs.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DbContext context;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly LockedList<string> commands = new();

    public SqlCommandLog(DbContext context)
    {
        this.context = context;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<string> Commands => commands.Snapshot();

    /// <summary>
    /// Waits until the context's commands reach the log, then forgets the probe. EF Core caches whether anyone
    /// listens for up to a second (its logging cache time), so a log opened just now can miss the next command.
    /// </summary>
    public async Task ReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await context.Database.ExecuteSqlRawAsync("SELECT 1");
            if (commands.Snapshot().Count > 0) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("EF Core's command events never reached the log.");
            await Task.Delay(50);
        }
        commands.Clear();
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && ReferenceEquals(data.Context, context))
            commands.Add(data.Command.CommandText);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
    }
}
