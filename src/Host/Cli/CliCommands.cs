using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Activities.Hosting;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Host.Cli;

/// <summary>
/// `dotnet run --project src/Host -- validate FILE...`: checks BPMN files against the engine's rules and the
/// registered activities without starting the web server or touching a database.
/// </summary>
public static class CliCommands
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "validate";

    public static Task<int> RunAsync(string[] args, TextWriter output)
    {
        var files = args.Skip(1).ToList();
        if (files.Count == 0)
        {
            output.WriteLine("usage: validate FILE.bpmn [FILE.bpmn ...]");
            return Task.FromResult(2);
        }
        var validator = CreateValidator();
        var invalid = 0;
        foreach (var file in files)
        {
            if (!ValidateFile(file, validator, output)) invalid++;
        }
        output.WriteLine(invalid == 0 ? $"{files.Count} file(s) valid." : $"{invalid} of {files.Count} file(s) invalid.");
        return Task.FromResult(invalid == 0 ? 0 : 1);
    }

    private static bool ValidateFile(string file, DefinitionValidator validator, TextWriter output)
    {
        file = Resolve(file);
        if (!File.Exists(file))
        {
            output.WriteLine($"{file}: ERROR the file does not exist.");
            return false;
        }
        using var stream = File.OpenRead(file);
        var report = validator.Validate(stream);
        output.WriteLine(report.Valid ? $"{file}: OK" : $"{file}: INVALID");
        foreach (var error in report.Errors) output.WriteLine($"  error   [{error.ElementId ?? "-"}] {error.Message}");
        foreach (var warning in report.Warnings) output.WriteLine($"  warning [{warning.ElementId ?? "-"}] {warning.Message}");
        return report.Valid;
    }

    /// <summary>
    /// `dotnet run --project src/Host` runs in the project folder, so a relative path is also tried against the
    /// folder the command was typed in (the shell's PWD).
    /// </summary>
    private static string Resolve(string file)
    {
        if (Path.IsPathRooted(file) || File.Exists(file)) return file;
        var typedIn = Environment.GetEnvironmentVariable("PWD");
        var candidate = typedIn is null ? file : Path.Combine(typedIn, file);
        return File.Exists(candidate) ? candidate : file;
    }

    private static DefinitionValidator CreateValidator()
    {
        var services = new ServiceCollection().AddWaterActivities().BuildServiceProvider();
        var activities = new ActivityRegistry(services.GetServices<ActivityRegistration>());
        return new DefinitionValidator(new BpmnParser(), new ProcessValidator(activities, services.GetRequiredService<ICandidateGroupCatalog>()));
    }
}
