using System.Diagnostics;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>The built Host run as a command-line tool (`setup`, `validate`): what it prints and its exit code.</summary>
public static class HostCommand
{
    public sealed record Outcome(int ExitCode, string Output);

    public static async Task<Outcome> RunAsync(IEnumerable<string> arguments, IDictionary<string, string> settings, string standardInput)
    {
        var start = HostProcess.StartInfo(arguments, settings);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        await process.StandardInput.WriteLineAsync(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output + await errors);
    }
}
