using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Requests;

/// <summary>
/// What intake refuses before anything is written, each naming the field to correct: a request with no
/// type (it never defaults to a new connection), a new applicant without a valid ID number or phone, a
/// restoration of an account that is not suspended and a suspension of one that is not in use.
/// </summary>
public static class IntakeChecks
{
    public static ServiceRequestType TypeOf(SubmitRequest command) =>
        command.Type is { } type && Enum.IsDefined(type)
            ? type
            : throw new InvalidValueException("type", "Choose the request type (new connection, household meters, transfer, suspension, restoration, complaint, repair, relief).");

    public static void NewApplicant(NewApplicant? applicant)
    {
        if (applicant is null) return;
        if (string.IsNullOrWhiteSpace(applicant.Name))
            throw new InvalidValueException("newApplicant.name", "Give the new applicant's name.");
        var id = (applicant.IdNumber ?? "").Trim().ToUpperInvariant();
        if (id.Length == 0)
            throw new InvalidValueException("newApplicant.idNumber", "Give the new applicant's ID number (resident ID, or the unified social credit code of a company).");
        var problem = applicant.Kind == CustomerKind.Person ? ResidentIdNumber.Problem(id) : SocialCreditCode.Problem(id);
        if (problem is not null)
            throw new InvalidValueException("newApplicant.idNumber", $"'{applicant.IdNumber}' is not a valid ID number: {problem}.");
        if (applicant.Phones is not { Count: > 0 } phones || phones.All(string.IsNullOrWhiteSpace))
            throw new InvalidValueException("newApplicant.phones", "Give at least one phone number for the new applicant.");
        foreach (var phone in phones)
        {
            try { PhoneNumber.Normalize(phone); }
            catch (InvalidValueException wrong) { throw new InvalidValueException("newApplicant.phones", wrong.Message); }
        }
    }

    public static void AccountFits(ServiceRequestType type, Account? account)
    {
        if (account is null) return;
        if (type == ServiceRequestType.Restoration && account.Status != AccountStatus.Suspended)
            throw new InvalidValueException("accountNumber", $"Account {account.Number} is {account.Status}, not suspended: only a suspended account can have its water restored.");
        if (type == ServiceRequestType.Suspension && account.Status != AccountStatus.Active)
            throw new InvalidValueException("accountNumber", $"Account {account.Number} is {account.Status}: only an account in use can be suspended.");
    }
}
