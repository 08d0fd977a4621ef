namespace Orchestrator.Bench;

/// <summary>
/// What a run needs from outside: the PostgreSQL server (ORCHESTRATOR_BENCH_POSTGRES, a server connection string;
/// each scenario creates and drops its own database), where the Node peer and the built Host are, and which
/// scenarios to run. <see cref="Quick"/> shrinks every size and duration for a smoke run. With BENCH_KEEP set, the
/// SQLite files stay in the work folder for inspection.
/// </summary>
public sealed record BenchSettings(
    string? PostgresServer,
    string PeerDirectory,
    string HostAssembly,
    string WorkDirectory,
    string OutputDirectory,
    IReadOnlySet<int> Scenarios,
    bool Quick)
{
    public const string PostgresVariable = "ORCHESTRATOR_BENCH_POSTGRES";

    public string RequirePostgres() => PostgresServer
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the benchmarks with bash bench/run.sh.");

    /// <summary>A duration in seconds, a fifth of it (at least half a second) in a quick run.</summary>
    public TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Quick ? Math.Max(0.5, seconds / 5) : seconds);

    /// <summary>A data-set size, a hundredth of it in a quick run.</summary>
    public int Size(int full) => Quick ? Math.Max(100, full / 100) : full;

    /// <summary>Writes a by-product of the run (a query plan, a log) to artifacts/bench and returns its path.</summary>
    public string WriteOutput(string fileName, string text)
    {
        Directory.CreateDirectory(OutputDirectory);
        var path = Path.Combine(OutputDirectory, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public static BenchSettings FromArguments(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var root = Value("--repo") ?? Directory.GetCurrentDirectory();
        var only = Value("--only") is { } list ? list.Split(',').Select(int.Parse).ToHashSet() : [1, 2, 3, 4, 5, 6, 8];
        var work = Path.Combine(Path.GetTempPath(), $"orchestrator-bench-{Environment.ProcessId}");
        return new BenchSettings(
            Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } pg ? pg : null,
            Path.Combine(root, "bench", "peer"),
            Value("--host") ?? Path.Combine(root, "src", "Host", "bin", "Release", "net10.0", "Orchestrator.Host.dll"),
            work,
            Path.Combine(root, "artifacts", "bench"),
            only,
            args.Contains("--quick"));
    }
}
