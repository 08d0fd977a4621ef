using Orchestrator.Host.Demo;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Setup;

/// <summary>
/// `Orchestrator.Host setup --group NAME --company NAME --admin USERNAME [--group-code CODE] [--company-code CODE]`:
/// migrates the configured database, then runs <see cref="FirstStart"/>. The password is read from standard input
/// (one line; typed without echo on a terminal), never from the command line where `ps` would show it.
/// </summary>
public static class SetupCommand
{
    public const string Verb = "setup";

    private const string Usage =
        "usage: setup --group NAME --company NAME --admin USERNAME [--group-code CODE] [--company-code CODE]  (password on standard input)";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, bool interactive)
    {
        if (Parse(args) is not { } request)
        {
            output.WriteLine(Usage);
            return 2;
        }
        var password = ReadPassword(input, output, interactive);
        if (string.IsNullOrEmpty(password))
        {
            output.WriteLine("No password was given on standard input; nothing was changed.");
            return 2;
        }

        IReadOnlyList<string> errors;
        await using (await StartupLock.AcquireAsync(services))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            errors = await ActivatorUtilities.CreateInstance<FirstStart>(scope.ServiceProvider).RunAsync(request, password);
        }
        if (errors.Count > 0)
        {
            output.WriteLine("Setup refused; nothing was changed:");
            foreach (var error in errors) output.WriteLine("  " + error);
            return 1;
        }
        output.WriteLine($"Created group '{request.GroupName}', company '{request.CompanyName}' with {StandardUnits.All.Count} units, "
            + $"and administrator '{request.AdminUserName}'. Start the Host and sign in.");
        return 0;
    }

    private static FirstStartRequest? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (!values.TryGetValue("group", out var group) || !values.TryGetValue("company", out var company)
            || !values.TryGetValue("admin", out var admin) || string.IsNullOrWhiteSpace(admin))
            return null;
        return new FirstStartRequest(group, company, admin,
            values.GetValueOrDefault("group-code", FirstStartRequest.DefaultGroupCode),
            values.GetValueOrDefault("company-code", FirstStartRequest.DefaultCompanyCode));
    }

    private static string? ReadPassword(TextReader input, TextWriter output, bool interactive)
    {
        if (!interactive) return input.ReadLine();
        output.Write("Administrator password: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else typed.Append(key.KeyChar);
        }
        output.WriteLine();
        return typed.ToString();
    }
}
