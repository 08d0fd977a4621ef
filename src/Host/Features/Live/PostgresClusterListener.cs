using Microsoft.Extensions.Options;
using Npgsql;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Live;

/// <summary>
/// On PostgreSQL, LISTENs on its own connection for the other nodes' <see cref="ClusterMessage"/>s and acts on
/// them (<see cref="ClusterDispatch"/>). A lost connection (a database restart, a network cut, keepalive
/// failure) is opened again after a pause that grows to 30 s; once back, every screen reloads and the calendar
/// is read again, since messages sent meanwhile are gone. Does nothing on SQLite (one node).
/// </summary>
public sealed class PostgresClusterListener(
    IOptions<DatabaseOptions> options, IClusterBus bus, ClusterDispatch dispatch, ILogger<PostgresClusterListener> log) : BackgroundService
{
    public const string ApplicationName = "orchestrator-cluster-listener";
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.PostgreSql) return;
        var pause = TimeSpan.FromSeconds(1);
        var firstTime = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString());
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresClusterBus.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (!firstTime)
                {
                    log.LogInformation("Listening to the other nodes again.");
                    dispatch.CatchUp();
                }
                (firstTime, pause) = (false, TimeSpan.FromSeconds(1));
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
            {
                log.LogWarning(e, "Lost the connection that hears the other nodes; trying again in {Pause}.", pause);
                firstTime = false;
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void Receive(string payload)
    {
        if (ClusterMessage.FromJson(payload) is { } message && message.Node != bus.Node)
            dispatch.Apply(message);
    }

    /// <summary>Its own connection, outside the pool, named so operators see it, with keepalives so a dead link is noticed.</summary>
    private string ListenerConnectionString() => new NpgsqlConnectionStringBuilder(options.Value.ConnectionString)
    {
        Pooling = false, KeepAlive = 15, ApplicationName = ApplicationName,
    }.ConnectionString;
}
