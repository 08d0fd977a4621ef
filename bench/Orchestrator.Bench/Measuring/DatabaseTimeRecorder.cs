using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Orchestrator.Bench.Measuring;

/// <summary>
/// Adds up, per kind (reads, writes, connection opens, commits), how many database calls EF made and how long
/// they took, so a step's time splits into database time and everything else (engine, EF, DI).
/// </summary>
public sealed class DatabaseTimeRecorder : IDbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private readonly ConcurrentDictionary<string, (int Calls, long Ticks)> _kinds = new();
    private readonly ConcurrentDictionary<object, long> _started = new();

    public bool Enabled { get; set; }

    public TimeSpan Total => TimeSpan.FromSeconds(_kinds.Values.Sum(k => k.Ticks) / (double)Stopwatch.Frequency);

    public string Breakdown(int per) => string.Join(", ", _kinds.OrderBy(k => k.Key).Select(k =>
        $"{k.Key} {k.Value.Calls / (double)per:0.#}× {k.Value.Ticks * 1000.0 / Stopwatch.Frequency / per:0.00} ms"));

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        Start(command, result);

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        Stop(command, Enabled && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) ? "reads" : "writes", result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        Start(command, result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Stop(command, "writes", result);

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        Start(eventData.TransactionId, result);

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        Stop(eventData.TransactionId, "begin", result);

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Start(transaction, result);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Stop(transaction, "commit", true).AsTask();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Start(connection, result);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Stop(connection, "open", true).AsTask();

    private ValueTask<T> Start<T>(object key, T result)
    {
        if (Enabled) _started[key] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    private ValueTask<T> Stop<T>(object key, string kind, T result)
    {
        if (Enabled && _started.TryRemove(key, out var started))
        {
            var took = Stopwatch.GetTimestamp() - started;
            _kinds.AddOrUpdate(kind, (1, took), (_, k) => (k.Calls + 1, k.Ticks + took));
        }
        return ValueTask.FromResult(result);
    }
}
