using Orchestrator.Host.Access;

namespace Orchestrator.Host.Api;

/// <summary>
/// One mapping from a command's outcome to HTTP for every endpoint: 404 not visible, 403 visible but not
/// allowed, 409 someone else was first (the sentence names the holder), 422 with one problem per field.
/// </summary>
public static class OutcomeResults
{
    public static IResult ToResult(this CommandOutcome outcome, Func<CommandOutcome, IResult> done) => outcome.Kind switch
    {
        OutcomeKind.Done => done(outcome),
        OutcomeKind.NotFound => Problem(StatusCodes.Status404NotFound, outcome, "not-found"),
        OutcomeKind.Forbidden => Problem(StatusCodes.Status403Forbidden, outcome, "forbidden"),
        OutcomeKind.Conflict => Problem(StatusCodes.Status409Conflict, outcome, "conflict"),
        _ => Results.ValidationProblem(
            (outcome.Problems ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => new[] { p.Value }),
            title: outcome.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["code"] = "invalid" }),
    };

    private static IResult Problem(int status, CommandOutcome outcome, string code) =>
        Results.Problem(statusCode: status, title: outcome.Message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
