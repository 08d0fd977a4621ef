using static Orchestrator.Domain.Requests.DocumentCatalog;

namespace Orchestrator.Domain.Requests;

/// <summary>The checklist a clerk works through at intake, per request type and applicant.</summary>
public static class RequiredDocuments
{
    public static IReadOnlyList<RequiredDocument> For(ServiceRequestType type, ApplicantKind applicant) =>
        (type, applicant) switch
        {
            (ServiceRequestType.NewConnection, ApplicantKind.Individual) =>
                [IdOrHouseholdRegister, PropertyCertificate, PlanLocationMap],
            (ServiceRequestType.NewConnection, _) =>
                [AddressOfUse, PropertyCertificate, StampedApplication, PlanMapAndProjectInfo, BankAccount],
            (ServiceRequestType.HouseholdMeterRetrofit, _) =>
                [HouseholdList, CurrentBillCopy, ManagementConsent],
            (ServiceRequestType.OwnershipTransfer, ApplicantKind.Individual) =>
                [CurrentBill, OldOwnerId, NewOwnerId, NewOwnerPropertyCertificate],
            (ServiceRequestType.OwnershipTransfer, ApplicantKind.Company) =>
                [TransferAgreement, StampedApplicationsOfBoth, PowerOfAttorney],
            (ServiceRequestType.OwnershipTransfer, ApplicantKind.Developer) =>
                [ResidentList, DeedTaxInvoice, ResidentIds],
            (ServiceRequestType.Suspension or ServiceRequestType.Restoration, ApplicantKind.Individual) =>
                [ApplicantId, CurrentBill],
            (ServiceRequestType.Suspension or ServiceRequestType.Restoration, _) =>
                [StampedApplication, CurrentBill, PowerOfAttorney],
            (ServiceRequestType.LowIncomeRelief, ApplicantKind.Individual) =>
                [LowIncomeCertificate, ApplicantId],
            (ServiceRequestType.LowIncomeRelief, _) =>
                [LowIncomeHouseholdList, StampedApplication],
            // Complaints, repairs and inquiries are taken on the customer's word.
            _ => [],
        };

    public static IReadOnlyList<RequiredDocument> MissingDocuments(
        ServiceRequestType type, ApplicantKind applicant, IEnumerable<string> providedCodes)
    {
        var provided = providedCodes.ToHashSet();
        return [.. For(type, applicant).Where(d => !provided.Contains(d.Code))];
    }
}
