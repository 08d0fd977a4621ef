using Orchestrator.Domain.Customers;
using Orchestrator.Host.Requests;

namespace Orchestrator.Host.Features.Intake;

/// <summary>A first-time applicant typed in at the counter; registered as a customer when the request is submitted.</summary>
public sealed class IntakeApplicant
{
    public CustomerKind Kind { get; set; } = CustomerKind.Person;
    public string Name { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>Nothing typed in yet: the clerk has neither chosen a customer nor started a new one.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Phone);

    public NewApplicant ToNewApplicant() =>
        new(Kind, Name.Trim(), IdNumber.Trim(), string.IsNullOrWhiteSpace(Phone) ? [] : [Phone.Trim()]);
}
