using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Features.Billing;

/// <summary>Who does what in the billing cycle.</summary>
public static class BillingRoles
{
    /// <summary>Enter and import readings: the readers and the business office.</summary>
    public static readonly string[] Reading = [Roles.MeterReader, Roles.BusinessOffice, Roles.BusinessOfficeManager];

    /// <summary>Set up books, review readings, run bills: the business office.</summary>
    public static readonly string[] Office = [Roles.BusinessOffice, Roles.BusinessOfficeManager];

    /// <summary>Release or reverse a run, approve payment reversals and refunds, close days and months.</summary>
    public static readonly string[] Manager = [Roles.BusinessOfficeManager];

    /// <summary>Take payments and issue receipts at the counter.</summary>
    public static readonly string[] Counter = [Roles.Clerk, Roles.DutyManager, Roles.BusinessOffice, Roles.BusinessOfficeManager];
}
