using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;

namespace Orchestrator.Host.Features.Intake;

/// <summary>
/// Everything typed into the intake wizard so far, as plain data: it becomes the <see cref="SubmitRequest"/>
/// and it is what a language switch keeps (saved in the browser tab, restored on the reloaded page).
/// </summary>
public sealed class IntakeForm
{
    public int Step { get; set; } = 1;
    public string Query { get; set; } = "";
    public Guid? CustomerId { get; set; }
    public IntakeApplicant NewApplicant { get; set; } = new();

    /// <summary>Null until the clerk chooses: a request never defaults to a new connection.</summary>
    public ServiceRequestType? Type { get; set; }
    public ApplicantKind Applicant { get; set; } = ApplicantKind.Individual;
    public RequestChannel Channel { get; set; } = RequestChannel.Counter;
    public string? AccountNumber { get; set; }
    public string Address { get; set; } = "";
    public string Details { get; set; } = "";
    public HashSet<string> Documents { get; set; } = [];

    public SubmitRequest ToCommand() => new(Type, Applicant, Channel, Address, Details, CustomerId,
        CustomerId is null ? NewApplicant.ToNewApplicant() : null, AccountNumber, [.. Documents]);

    /// <summary>The step a field belongs to, so a refusal at submission takes the clerk back to it.</summary>
    public static int StepOf(string field) => field.StartsWith("newApplicant", StringComparison.Ordinal) || field == "customerId" ? 1 : 2;
}
