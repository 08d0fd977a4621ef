using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Intake;

/// <summary>The request part of an intake after its checks: the problems by field, and the account it acts on when one was named and found.</summary>
public sealed record IntakeRequestCheck(IReadOnlyDictionary<string, string> Problems, Account? Account);

/// <summary>
/// The one set of intake rules, used by the wizard before each next step and by the intake command before
/// anything is written: a type is chosen (never defaulted to a new connection); a new applicant has a name,
/// a valid resident ID (GB 11643) or unified social credit code (GB 32100) and a phone; a request that acts
/// on an account names one of the company's accounts in the state the request needs; every request has a
/// place (an address or an account). Each problem is a sentence in the caller's language, keyed by the
/// field the API names in its 422.
/// </summary>
public sealed class IntakeRules(OrchestratorDbContext db, IStringLocalizer<SharedResource> l)
{
    public const string TypeField = "type";
    public const string NameField = "newApplicant.name";
    public const string IdNumberField = "newApplicant.idNumber";
    public const string PhonesField = "newApplicant.phones";
    public const string AccountField = "accountNumber";
    public const string AddressField = "address";

    /// <summary>The refusal for a customer id that is not the caller's company's (the API answers 404).</summary>
    public string CustomerNotFound => l["CustomerNotFound"];

    public IReadOnlyDictionary<string, string> Applicant(NewApplicant? applicant)
    {
        var problems = new Dictionary<string, string>();
        if (applicant is null) return problems;
        if (string.IsNullOrWhiteSpace(applicant.Name))
            problems[NameField] = l["Intake_NameRequired"];
        if (IdNumberProblem(applicant.Kind, applicant.IdNumber) is { } idProblem)
            problems[IdNumberField] = idProblem;
        if (PhoneProblem(applicant.Phones) is { } phoneProblem)
            problems[PhonesField] = phoneProblem;
        return problems;
    }

    public async Task<IntakeRequestCheck> RequestAsync(ServiceRequestType? type, string? accountNumber, string? address, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>();
        if (type is not { } chosen || !Enum.IsDefined(chosen))
        {
            problems[TypeField] = l["Intake_TypeRequired"];
            if (string.IsNullOrWhiteSpace(accountNumber) && string.IsNullOrWhiteSpace(address)) problems[AddressField] = l["Intake_AddressRequired"];
            return new(problems, null);
        }
        var account = await AccountAsync(chosen, accountNumber, problems, cancellationToken);
        if (account is not null && AccountStateProblem(chosen, account) is { } stateProblem)
            problems[AccountField] = stateProblem;
        if (account is null && string.IsNullOrWhiteSpace(address) && !problems.ContainsKey(AccountField))
            problems[AddressField] = l["Intake_AddressRequired"];
        return new(problems, account);
    }

    private async Task<Account?> AccountAsync(ServiceRequestType type, string? text, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (RequestProcesses.NeedsAccount(type)) problems[AccountField] = l["Intake_AccountRequired"];
            return null;
        }
        if (!AccountNumber.TryParse(text.Trim(), out var number) || number is null)
        {
            problems[AccountField] = l["Intake_AccountInvalid", text.Trim()];
            return null;
        }
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Number == number, cancellationToken);
        if (account is null) problems[AccountField] = l["Intake_AccountNotFound", number.Value];
        return account;
    }

    private string? AccountStateProblem(ServiceRequestType type, Account account) => type switch
    {
        ServiceRequestType.Restoration when account.Status != AccountStatus.Suspended =>
            l["Intake_RestorationNotSuspended", account.Number.Value, l[$"AccountStatus_{account.Status}"]].Value,
        ServiceRequestType.Suspension when account.Status != AccountStatus.Active =>
            l["Intake_SuspensionNotActive", account.Number.Value, l[$"AccountStatus_{account.Status}"]].Value,
        _ => null,
    };

    private string? IdNumberProblem(CustomerKind kind, string? text)
    {
        var id = (text ?? "").Trim().ToUpperInvariant();
        if (id.Length == 0) return l["Intake_IdNumberRequired"];
        var fault = kind == CustomerKind.Person ? ResidentIdNumber.Fault(id) : SocialCreditCode.Fault(id);
        return fault switch
        {
            null => null,
            { Kind: IdNumberFaultKind.Length } => l["Intake_IdNumberLength", fault.Detail].Value,
            { Kind: IdNumberFaultKind.Characters } when kind == CustomerKind.Person => l["Intake_ResidentIdCharacters"].Value,
            { Kind: IdNumberFaultKind.Characters } => l["Intake_CreditCodeCharacter", fault.Detail].Value,
            { Kind: IdNumberFaultKind.BirthDate } => l["Intake_ResidentIdBirthDate", fault.Detail].Value,
            _ => l["Intake_ResidentIdCheckCharacter", fault.Detail].Value,
        };
    }

    private string? PhoneProblem(IReadOnlyList<string>? phones)
    {
        var given = (phones ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (given.Count == 0) return l["Intake_PhoneRequired"];
        return given.FirstOrDefault(p => !PhoneNumber.IsValid(p)) is { } wrong ? l["Intake_PhoneInvalid", wrong.Trim()].Value : null;
    }
}
