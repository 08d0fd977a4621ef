using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Orchestrator.Bench.Scenarios.OpenInstances;

/// <summary>
/// The real Host (the built Orchestrator.Host.dll) as a process of its own on 127.0.0.1 and a free port, on the
/// given SQLite database, demo data seeded (environment "Staging"). Its output goes to a log file; disposing
/// kills it.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public static HostProcess Start(BenchSettings settings, string connectionString, string logFile, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(settings.HostAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(settings.HostAssembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Workflows__Folder"] = Path.Combine(settings.PeerDirectory, "..", "..", "workflows");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The Host could not be started.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, log, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Polls /health until it answers 200; gives up after <paramref name="limit"/>.</summary>
    public async Task<TimeSpan> WaitUntilHealthyAsync(HttpClient http, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The Host exited with code {_process.ExitCode}; see its log.");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "health"));
                if (response.StatusCode == HttpStatusCode.OK) return clock.Elapsed;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The Host was not healthy within {limit.TotalSeconds:0} s.");
    }

    /// <summary>Resident and peak resident memory in MiB, from /proc/&lt;pid&gt;/status.</summary>
    public (double ResidentMiB, double PeakMiB) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Kib(string key) => double.Parse(status.First(l => l.StartsWith(key)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return (Kib("VmRSS:") / 1024, Kib("VmHWM:") / 1024);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
