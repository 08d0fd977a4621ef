using Orchestrator.Host.Api;
using Orchestrator.Host.Access;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Host.Features.Definitions;

public static class DefinitionEndpoints
{
    public sealed record ProblemLine(string? ElementId, string Message, string? Code = null);

    public sealed record ValidationAnswer(bool Valid, IReadOnlyList<ProblemLine> Errors, IReadOnlyList<ProblemLine> Warnings);

    public sealed record DefinitionSummary(string Key, int Version, string? Name, DateTimeOffset DeployedAt, string? DeployedBy);

    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/definitions").WithTags("Definitions");
        definitions.MapPost("/", Deploy).Accepts<string>("application/xml", "text/xml")
            .WithSummary("Administrators: deploys BPMN XML (201, or 422 with every error); a flow requests use changes only through the designer's review.");
        definitions.MapPost("/validate", Validate).Accepts<string>("application/xml", "text/xml")
            .WithSummary("Validates BPMN XML without deploying it.");
        definitions.MapGet("/", List).WithSummary("Every deployed version.");
        definitions.MapGet("/{key}/versions/{version:int}/xml", Xml).WithSummary("The XML of one version.");
        return api;
    }

    private static async Task<IResult> Deploy(HttpRequest request, DeployDefinition command, CancellationToken ct) =>
        (await command.RunAsync(await request.HttpContext.CallerAsync(ct), await ReadBodyAsync(request, ct), ct)).ToResult(o =>
        {
            var result = (DeploymentResult)o.Value!;
            if (!result.Deployed)
                return Results.UnprocessableEntity(new { errors = Lines(result.Report.Errors), warnings = Lines(result.Report.Warnings) });
            var first = result.Processes[0];
            return Results.Created($"/api/definitions/{first.Key}/versions/{first.Version}/xml",
                new { key = first.Key, version = first.Version, unchanged = first.Unchanged, processes = result.Processes });
        });

    private static async Task<ValidationAnswer> Validate(HttpRequest request, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var report = runtime.Validate(await ReadBodyAsync(request, ct));
        return new ValidationAnswer(report.Valid, Lines(report.Errors), Lines(report.Warnings));
    }

    private static async Task<IReadOnlyList<DefinitionSummary>> List(DefinitionQueries queries, CancellationToken ct) =>
        await queries.ListAsync(ct);

    private static async Task<IResult> Xml(string key, int version, DefinitionQueries queries, CancellationToken ct) =>
        await queries.XmlAsync(key, version, ct) is { } xml
            ? Results.Text(xml, "application/xml")
            : Results.Problem(statusCode: 404, title: $"There is no version {version} of the process '{key}'.");

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    private static IReadOnlyList<ProblemLine> Lines(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => new ProblemLine(p.ElementId, p.Message, p.Code))];
}
