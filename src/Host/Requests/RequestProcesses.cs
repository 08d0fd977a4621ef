using Orchestrator.Domain;
using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Requests;

/// <summary>Which deployed flow (process id in workflows/*.bpmn) runs each request type, and what it needs.</summary>
public static class RequestProcesses
{
    public static string KeyOf(ServiceRequestType type) => type switch
    {
        ServiceRequestType.NewConnection => "new_connection",
        ServiceRequestType.HouseholdMeterRetrofit => "household_meter_retrofit",
        ServiceRequestType.OwnershipTransfer => "ownership_transfer",
        ServiceRequestType.Suspension => "suspension",
        ServiceRequestType.Restoration => "restoration",
        ServiceRequestType.Complaint => "complaint",
        ServiceRequestType.Repair => "repair",
        ServiceRequestType.LowIncomeRelief => "low_income_relief",
        _ => throw new DomainException("request.no-flow", $"Requests of type {type} have no flow; answer them directly."),
    };

    /// <summary>The process keys requests run: started only by the intake, changed only through the designer's review.</summary>
    public static IReadOnlySet<string> AllKeys { get; } = Enum.GetValues<ServiceRequestType>()
        .Where(t => t is not ServiceRequestType.Inquiry).Select(KeyOf).ToHashSet(); // an inquiry is answered directly

    /// <summary>Types that act on an existing account, so the intake must name it.</summary>
    public static bool NeedsAccount(ServiceRequestType type) => type is ServiceRequestType.HouseholdMeterRetrofit
        or ServiceRequestType.OwnershipTransfer or ServiceRequestType.Suspension or ServiceRequestType.Restoration
        or ServiceRequestType.LowIncomeRelief;
}
