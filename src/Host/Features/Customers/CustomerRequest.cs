using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Customers;

/// <summary>One of a customer's requests, from opening to closing, with its history.</summary>
public sealed record CustomerRequest(RequestFacts Facts, IReadOnlyList<HistoryLine> History);

public sealed record Customer360(CustomerSummary Customer, IReadOnlyList<CustomerRequest> Requests);
