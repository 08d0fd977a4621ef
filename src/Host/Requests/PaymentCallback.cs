using Orchestrator.Domain.Ledger;

namespace Orchestrator.Host.Requests;

/// <summary>A payment notice from a channel (bank, WeChat, Alipay, the counter) for an account, maybe naming the request it pays.</summary>
public sealed record PaymentCallback(PaymentChannel Channel, string IdempotencyKey, string AccountNumber, decimal Amount, string? RequestNumber = null);

/// <summary>The payment as recorded (the first one when the key was seen before) and the flows it resumed.</summary>
public sealed record PaymentCallbackResult(PaymentResult Payment, IReadOnlyList<ResumedRequest> Resumed);

public sealed record ResumedRequest(string RequestNumber, string Message, string Result);
