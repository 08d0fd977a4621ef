using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Orchestrator.Bench.Measuring;

/// <summary>
/// The PostgreSQL plan of the product's own SQL: catches the first command whose text contains a marker while
/// <paramref name="work"/> runs (from EF Core's diagnostic events), then runs it again under EXPLAIN (ANALYZE, BUFFERS)
/// with the same parameters, so the artifact shows how many rows the product's query really read.
/// </summary>
public static class QueryPlan
{
    public static async Task<string> OfAsync(string connectionString, string marker, Func<Task> work)
    {
        var caught = new Catcher(marker);
        using (DiagnosticListener.AllListeners.Subscribe(caught))
        {
            // EF Core caches for up to a second whether anyone listens to its diagnostics: repeat until one is seen.
            var deadline = Stopwatch.StartNew();
            do await work();
            while (caught.Text is null && deadline.Elapsed < TimeSpan.FromSeconds(10));
        }
        if (caught.Text is null) return $"(no command containing {marker} was executed)";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + caught.Text, connection);
        foreach (var parameter in caught.Parameters) explain.Parameters.Add(parameter);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string> { caught.Text, "" };
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join(Environment.NewLine, lines);
    }

    private sealed class Catcher(string marker) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> subscriptions = [];

        public string? Text { get; private set; }

        public List<NpgsqlParameter> Parameters { get; } = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData data) return;
            DbCommand command = data.Command;
            lock (subscriptions)
            {
                if (Text is not null || !command.CommandText.Contains(marker, StringComparison.Ordinal)) return;
                Text = command.CommandText;
                Parameters.AddRange(command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone()));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
