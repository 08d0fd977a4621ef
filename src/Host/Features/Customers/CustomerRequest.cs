using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Customers;

/// <summary>
/// One of a customer's requests, from opening to closing, with its history; <see cref="HasIncident"/> while it is
/// stopped at a failed step (异常); <see cref="Waits"/> what it waits for from the customer, since when, who follows up.
/// </summary>
public sealed record CustomerRequest(
    RequestFacts Facts, IReadOnlyList<HistoryLine> History, bool HasIncident = false, IReadOnlyList<Waiting.WaitingRequest>? Waits = null);

public sealed record Customer360(CustomerSummary Customer, IReadOnlyList<CustomerRequest> Requests);
