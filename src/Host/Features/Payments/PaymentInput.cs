using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Payments;

/// <summary>What any payment must say before it reaches the ledger: a valid account number, a key, an amount in fen above zero.</summary>
public static class PaymentInput
{
    public const int MaxKeyLength = 100;

    public static Dictionary<string, string[]> Problems(string? accountNumber, decimal? amount, string? idempotencyKey, IStringLocalizer<SharedResource> l)
    {
        var problems = new Dictionary<string, string[]>();
        if (!AccountNumber.TryParse(accountNumber, out _))
            problems["accountNumber"] = [l["Payment_AccountNumberInvalid", accountNumber ?? ""]];
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Trim().Length > MaxKeyLength)
            problems["idempotencyKey"] = [l["Payment_KeyRequired"]];
        if (AmountProblem(amount, l) is { } amountProblem)
            problems["amount"] = [amountProblem];
        return problems;
    }

    private static string? AmountProblem(decimal? amount, IStringLocalizer<SharedResource> l)
    {
        if (amount is not { } value) return l["Payment_AmountRequired"];
        if (value <= 0) return l["Payment_AmountNotPositive", value];
        return decimal.Round(value, 2) != value ? l["Payment_AmountNotFen", value].Value : null;
    }
}
