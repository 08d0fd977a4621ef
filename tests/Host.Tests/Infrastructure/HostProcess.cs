using System.Diagnostics;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>
/// A Host running as its own operating-system process (the built Orchestrator.Host.dll), for tests that need
/// several nodes: Hangfire and Quartz keep process-wide state, so real nodes are real processes.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private HostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (output) return output.ToString(); } }

    public bool HasExited => process.HasExited;

    /// <param name="url">where it listens; by default a port the system picks, for nodes that are not called over HTTP</param>
    public static HostProcess Start(IDictionary<string, string> settings, string url = "http://127.0.0.1:0") =>
        new(Process.Start(StartInfo(["--urls", url], settings)) ?? throw new InvalidOperationException("dotnet did not start"));

    /// <summary>The built Host with these arguments first and the settings after them, in the Production environment.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(Repository.Root, "src", "Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>A loopback URL on a port free right now, for a node the test calls over HTTP.</summary>
    public static string FreeLocalUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
    }

    /// <summary>Polls /health until the node answers, or fails with what the node printed.</summary>
    public async Task WaitUntilServingAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !HasExited)
        {
            try
            {
                if ((await client.GetAsync(url + "/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The Host at {url} did not start serving.\n{Output}");
    }

    public static string HostDll()
    {
        // tests/Host.Tests/bin/<Configuration>/net10.0 → src/Host/bin/<Configuration>/net10.0
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var dll = Path.Combine(Repository.Root, "src", "Host", "bin", configuration, testBin.Name, "Orchestrator.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the Host is not built at " + dll);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}

public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Orchestrator.sln not found above the test folder.");
    }
}
