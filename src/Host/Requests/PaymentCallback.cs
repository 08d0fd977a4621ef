using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Requests;

/// <summary>
/// A payment notice (bank, WeChat, Alipay, the counter) for an account, maybe naming the request it pays;
/// <paramref name="CompanyId"/> is the company of the channel or cashier that took it.
/// </summary>
public sealed record PaymentCallback(PaymentChannel Channel, string IdempotencyKey, string AccountNumber, decimal Amount, string? RequestNumber = null, Guid? CompanyId = null, string? Cashier = null);

/// <summary>The payment as recorded (the first one when the key was seen before) and the flows it resumed.</summary>
public sealed record PaymentCallbackResult(PaymentResult Payment, IReadOnlyList<ResumedRequest> Resumed);

public sealed record ResumedRequest(string RequestNumber, string Message, string Result);
