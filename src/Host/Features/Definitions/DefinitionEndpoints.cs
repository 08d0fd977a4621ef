using Orchestrator.Host.Api;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Host.Features.Definitions;

/// <summary>The definitions API: deploy (administrators), validate, and the paged list and XML of what you may see.</summary>
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
        definitions.MapGet("/", List).WithSummary("The latest version of each flow you may see, by key; with 'key', that flow's versions newest first. "
            + "A page at a time: the next page's 'after' token is in the Link (rel=next) and X-Next-Cursor headers, absent on the last page.");
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

    private static async Task<IResult> List(
        string? key, string? after, int? take, HttpContext http, DefinitionQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        DefinitionCursor? cursor = null;
        if (!string.IsNullOrEmpty(after)
            && ((cursor = DefinitionCursor.Decode(after)) is null || (cursor.Version is null) != string.IsNullOrWhiteSpace(key)))
            return CommandOutcome.Invalid("after", l["Refusal_TaskListCursor"]).ToResult(_ => Results.Ok());
        var page = await queries.PageAsync(await http.CallerAsync(ct), key, cursor, take ?? DefinitionQueries.DefaultPageSize, ct);
        if (page.Next is { } next) CursorToken.WriteNextPage(http, next.Encode());
        return Results.Ok(page.Definitions);
    }

    private static async Task<IResult> Xml(
        string key, int version, HttpContext http, DefinitionQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await queries.XmlAsync(await http.CallerAsync(ct), key, version, ct) is { } xml
            ? Results.Text(xml, "application/xml")
            : Results.Problem(statusCode: 404, title: l["Refusal_NoSuchFlowVersion", version, key]);

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    private static IReadOnlyList<ProblemLine> Lines(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => new ProblemLine(p.ElementId, p.Message, p.Code))];
}
