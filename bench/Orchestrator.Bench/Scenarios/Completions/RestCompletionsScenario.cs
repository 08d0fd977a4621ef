using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios.OpenInstances;

namespace Orchestrator.Bench.Scenarios.Completions;

/// <summary>
/// 8. 50 concurrent staff sessions completing tasks through the REST API for 60 s on PostgreSQL, against the real
/// Host process. Each session signs in (the demo designer, one token per session) and works on four instances of
/// its own of a flow whose task opens again after each completion. Reported: completions/s and the p95 of a
/// completion; afterwards the database is checked: every completion the clients saw is one completed task, and
/// every instance has exactly one open task and one inbox index row (nothing lost, nothing doubled).
/// </summary>
public sealed class RestCompletionsScenario : IBenchScenario
{
    public const int Sessions = 50;
    public const int InstancesPerSession = 4;
    public const string ProcessKey = "bench_loop";

    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://orchestrator.local/bench">
          <bpmn:process id="bench_loop" name="Bench loop" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="Work" name="处理">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="design-office" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:exclusiveGateway id="Again" default="loop" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Work" />
            <bpmn:sequenceFlow id="f2" sourceRef="Work" targetRef="Again" />
            <bpmn:sequenceFlow id="loop" sourceRef="Again" targetRef="Work" />
            <bpmn:sequenceFlow id="stop" sourceRef="Again" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=stop == true</bpmn:conditionExpression></bpmn:sequenceFlow>
          </bpmn:process>
        </bpmn:definitions>
        """;

    public IReadOnlyList<int> Numbers => [8];

    public string Title => "50 staff sessions completing tasks through the REST API, PostgreSQL";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        await using var database = await BenchDatabase.PostgresAsync(settings, "completions");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Sessions * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
        await using var host = HostProcess.Start(settings, database.ConnectionString, Path.Combine(settings.OutputDirectory, "host-completions.log"),
            new Dictionary<string, string> { ["Database__Provider"] = "PostgreSql", ["RateLimits__SignInPerMinute"] = "100000" });
        await host.WaitUntilHealthyAsync(http, TimeSpan.FromMinutes(5));

        var instances = await PrepareAsync(http, host.Address);
        var sessions = new List<StaffSession>();
        for (var s = 0; s < Sessions; s++)
            sessions.Add(new StaffSession(http, host.Address, await StaffSession.SignInAsync(http, host.Address, "design"),
                instances.Skip(s * InstancesPerSession).Take(InstancesPerSession).ToList()));
        await Task.WhenAll(sessions.Select(s => s.RunAsync(settings.Seconds(5)))); // warm-up, counted in the check below
        var warmUp = sessions.Sum(s => s.Completed);

        foreach (var session in sessions) session.Latency.Clear();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(s => s.RunAsync(settings.Seconds(60))));
        var elapsed = clock.Elapsed;
        var completions = sessions.Sum(s => s.Completed) - warmUp;
        var total = warmUp + completions;
        var errors = sessions.SelectMany(s => s.Errors).ToList();
        var anomalies = sessions.SelectMany(s => s.Anomalies).ToList();
        var check = await CheckAsync(database, instances.Count, total);
        var merged = Merge(sessions);
        var ok = errors.Count == 0 && anomalies.Count == 0 && check.Lost == 0 && check.Doubled == 0;
        return
        [
            new("8 REST completions, 50 sessions, PostgreSQL",
                $"{completions / elapsed.TotalSeconds:0.0} completions/s, p95 {merged.PercentileMs(95):0} ms (p50 {merged.PercentileMs(50):0}, max {merged.PercentileMs(100):0})",
                "reported; 0 errors, 0 lost or doubled", ok,
                $"{completions:N0} completions in {elapsed.TotalSeconds:0} s (+{warmUp} warm-up); {errors.Count} errors{First(errors)}, {anomalies.Count} anomalies{First(anomalies)}; " +
                $"database: {check.Completed:N0} completed tasks for {total:N0} client completions, {check.Open} open tasks and {check.IndexRows} inbox index rows for {instances.Count} instances (lost {check.Lost}, doubled {check.Doubled})"),
        ];
    }

    private static string First(List<string> lines) => lines.Count == 0 ? "" : $" (first: {lines[0]})";

    private static LatencyRecorder Merge(IEnumerable<StaffSession> sessions) => LatencyRecorder.Merge(sessions.Select(s => s.Latency));

    /// <summary>The administrator deploys the loop flow and starts every session's instances.</summary>
    private static async Task<List<Guid>> PrepareAsync(HttpClient http, Uri host)
    {
        var admin = await StaffSession.SignInAsync(http, host, "admin");
        using (var deploy = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "api/definitions")) { Content = new StringContent(Flow, Encoding.UTF8, "application/xml") })
        {
            deploy.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var deployed = await http.SendAsync(deploy);
            if (deployed.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"Deploying the bench flow answered {(int)deployed.StatusCode}: {await deployed.Content.ReadAsStringAsync()}");
        }
        var instances = new List<Guid>();
        for (var i = 0; i < Sessions * InstancesPerSession; i++)
        {
            using var start = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "api/instances"))
            {
                Content = JsonContent.Create(new { processKey = ProcessKey, businessKey = (string?)null, variables = new { stop = false } }),
            };
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var started = await http.SendAsync(start);
            if (started.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"Starting a bench instance answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
            instances.Add((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return instances;
    }

    private sealed record DatabaseCheck(long Completed, long Open, long IndexRows, long Lost, long Doubled);

    private static async Task<DatabaseCheck> CheckAsync(BenchDatabase database, int instances, int clientCompletions)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE t."Status" = 'Completed'),
                   count(*) FILTER (WHERE t."Status" = 'Open'),
                   (SELECT count(*) FROM wf_user_task_groups g JOIN wf_user_tasks o ON o."Id" = g."TaskId" WHERE o."ProcessKey" = @key),
                   (SELECT count(*) FROM (SELECT "InstanceId" FROM wf_user_tasks WHERE "ProcessKey" = @key AND "Status" = 'Open'
                                          GROUP BY "InstanceId" HAVING count(*) > 1) d)
            FROM wf_user_tasks t WHERE t."ProcessKey" = @key
            """, connection);
        command.Parameters.AddWithValue("key", ProcessKey);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (completed, open, rows, doubledInstances) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        var lost = Math.Max(0, instances - open) + Math.Max(0, clientCompletions - completed);
        var doubled = doubledInstances + Math.Max(0, completed - clientCompletions) + Math.Max(0, rows - open);
        return new DatabaseCheck(completed, open, rows, lost, doubled);
    }
}
