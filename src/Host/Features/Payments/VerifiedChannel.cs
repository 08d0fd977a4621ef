using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Features.Payments;

/// <summary>A payment channel whose signature on the current callback held.</summary>
public sealed record VerifiedChannel(string Name, PaymentChannel Kind, string CompanyCode);
