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

    public bool IsComplete => !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(IdNumber);

    public NewApplicant ToNewApplicant() =>
        new(Kind, Name.Trim(), IdNumber.Trim(), string.IsNullOrWhiteSpace(Phone) ? [] : [Phone.Trim()]);
}
