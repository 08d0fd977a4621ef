using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Host.Features.Documents;

/// <summary>Everything the printed documents of one request say, read once from the company's records.</summary>
public sealed record DocumentFacts(
    ServiceRequest Request,
    WaterCompany Company,
    string Hotline,
    Customer? Customer,
    Account? Account,
    Bill? FeeBill,
    IReadOnlyList<Deposit> Deposits,
    TieredTariff? Tariff,
    string Clerk,
    IReadOnlyDictionary<string, object?> Variables);
