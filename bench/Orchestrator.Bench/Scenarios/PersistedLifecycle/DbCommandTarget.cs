using System.Data.Common;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>Collects the statements of one commit: as one batch where the provider has batches, else one command each.</summary>
public sealed class DbCommandTarget(DbConnection connection, DbTransaction transaction)
{
    private readonly List<(string Sql, object?[] Values)> _statements = [];

    public string Prefix => $"s{_statements.Count}_";

    public void Add(string sql, IEnumerable<object?> values) => _statements.Add((sql, [.. values]));

    public async Task ExecuteAsync()
    {
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            for (var s = 0; s < _statements.Count; s++)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = _statements[s].Sql;
                Bind(command.Parameters, command.CreateParameter, s);
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync();
            return;
        }
        for (var s = 0; s < _statements.Count; s++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _statements[s].Sql;
            Bind(command.Parameters, command.CreateParameter, s);
            await command.ExecuteNonQueryAsync();
        }
    }

    private void Bind(DbParameterCollection parameters, Func<DbParameter> create, int statement)
    {
        var values = _statements[statement].Values;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = create();
            parameter.ParameterName = $"s{statement}_{i}";
            parameter.Value = values[i] ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }
}
