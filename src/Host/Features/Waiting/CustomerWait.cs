namespace Orchestrator.Host.Features.Waiting;

/// <summary>What a request waits for from the customer (待客户办理).</summary>
public enum CustomerWaitKind
{
    Payment,
    Permits,
    Agreement,
    Documents,
    Arrears,
}

/// <summary>
/// The steps of the shipped flows at which a request waits for the customer, by element id: the receive task for
/// the fee payment (a message wait), and the service center's tasks that stand for the customer bringing documents
/// or permits, settling arrears or signing an agreement (the flows remind the service center after 3 working days).
/// The service center follows each up.
/// </summary>
public static class CustomerWaits
{
    public static readonly IReadOnlyDictionary<string, CustomerWaitKind> TaskSteps = new Dictionary<string, CustomerWaitKind>
    {
        ["SupplementDocuments"] = CustomerWaitKind.Documents,
        ["SettleArrears"] = CustomerWaitKind.Arrears,
        ["PermitsReceived"] = CustomerWaitKind.Permits,
        ["AwaitConstructionAgreement"] = CustomerWaitKind.Agreement,
        ["AwaitInstallationAgreement"] = CustomerWaitKind.Agreement,
        ["AwaitSupplyAgreement"] = CustomerWaitKind.Agreement,
    };

    public static readonly IReadOnlyDictionary<string, CustomerWaitKind> MessageSteps = new Dictionary<string, CustomerWaitKind>
    {
        ["PaymentReceived"] = CustomerWaitKind.Payment,
    };

    public static CustomerWaitKind KindOf(string elementId) =>
        TaskSteps.TryGetValue(elementId, out var kind) ? kind : MessageSteps.GetValueOrDefault(elementId, CustomerWaitKind.Payment);
}
