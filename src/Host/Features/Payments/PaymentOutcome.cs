using Orchestrator.Host.Requests;

namespace Orchestrator.Host.Features.Payments;

/// <summary>How a payment command ended: paid (or the first result of a repeat), or why it was refused.</summary>
public sealed record PaymentOutcome(PaymentRefusal Refusal, PaymentCallbackResult? Paid, string? Message, IReadOnlyDictionary<string, string[]>? Problems)
{
    public static PaymentOutcome Success(PaymentCallbackResult paid) => new(PaymentRefusal.None, paid, null, null);

    public static PaymentOutcome Refused(PaymentRefusal refusal, string message) => new(refusal, null, message, null);

    public static PaymentOutcome Invalid(IReadOnlyDictionary<string, string[]> problems) =>
        new(PaymentRefusal.InvalidInput, null, string.Join(" ", problems.Values.SelectMany(p => p)), problems);

    public static PaymentOutcome Invalid(string field, string problem) => Invalid(new Dictionary<string, string[]> { [field] = [problem] });

    /// <summary>The API's answer: 200 with the payment, else a problem with the status the refusal calls for.</summary>
    public IResult ToHttpResult() => Refusal switch
    {
        PaymentRefusal.None => Results.Ok(Paid),
        PaymentRefusal.InvalidInput => Results.ValidationProblem(Problems!, title: Message, statusCode: StatusCodes.Status422UnprocessableEntity),
        _ => Results.Problem(Message, statusCode: (int)Refusal),
    };
}

/// <summary>Why a payment was refused; the value is the HTTP status the API answers.</summary>
public enum PaymentRefusal
{
    None = 0,
    NotSigned = StatusCodes.Status401Unauthorized,
    NotCashier = StatusCodes.Status403Forbidden,
    NotFound = StatusCodes.Status404NotFound,
    InvalidInput = StatusCodes.Status422UnprocessableEntity,
}
