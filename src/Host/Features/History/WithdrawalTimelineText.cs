using System.Text.RegularExpressions;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// The lines a withdrawal or a hand cancellation writes on the request's timeline (waiver, refund due, refund paid —
/// <c>PaidFeesToRefund</c>, <c>RecordWithdrawalRefund</c>, <c>HandCancellation</c>, stored in Chinese like every
/// flow-written line) read in English for an English reader; any other line is left as it is (null).
/// </summary>
public static partial class WithdrawalTimelineText
{
    public static string? English(string text)
    {
        if (CancelledBy().Match(text) is { Success: true } cancelled)
            return $"{cancelled.Groups["who"].Value} cancelled the request (reason: {cancelled.Groups["why"].Value}): {Consequence(cancelled.Groups["rest"].Value)}";
        if (text.StartsWith(Withdrawn, StringComparison.Ordinal))
            return $"Withdrawn by the customer: {Consequence(text[Withdrawn.Length..])}";
        if (PaidBack().Match(text) is { Success: true } paid)
            return $"Paid back {string.Join(", ", paid.Groups["parts"].Value.Split('、').Select(Part))} ({(paid.Groups["channel"].Value == "现金" ? "cash" : "bank transfer")}).";
        return null;
    }

    private const string Withdrawn = "用户撤回：";

    private static string Consequence(string rest) =>
        UnpaidWaived().Match(rest) is { Success: true } waived ? $"the unpaid fee of {waived.Groups["yuan"].Value} yuan is waived and no longer owed."
        : FeeToRefund().Match(rest) is { Success: true } fee ? $"the fee of {fee.Groups["yuan"].Value} yuan paid goes back to the customer through the business office."
        : DepositToRefund().Match(rest) is { Success: true } deposit ? $"the deposit of {deposit.Groups["yuan"].Value} yuan goes back to the customer through the business office."
        : PaidWithDeposit().Match(rest) is { Success: true } both ? $"{both.Groups["yuan"].Value} yuan paid (of it {both.Groups["deposit"].Value} yuan deposit) goes back to the customer through the business office."
        : PaidNoPath().Match(rest) is { Success: true } paid ? $"{paid.Groups["yuan"].Value} yuan was paid; the business office is to refund it."
        : rest;

    private static string Part(string part) =>
        part.StartsWith("押金", StringComparison.Ordinal) ? "deposit " + part[2..].Replace(" 元", " yuan", StringComparison.Ordinal).Trim()
        : part.StartsWith("费用", StringComparison.Ordinal) ? "fee " + part[2..].Replace(" 元", " yuan", StringComparison.Ordinal).Trim()
        : part;

    [GeneratedRegex("^(?<who>.+?)撤销申请（原因：(?<why>.*)）：(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex CancelledBy();

    [GeneratedRegex("^已退还(?<parts>.+)（(?<channel>现金|银行转账)）。$")]
    private static partial Regex PaidBack();

    [GeneratedRegex(@"^未缴费用 (?<yuan>[\d.]+) 元已核销，不再欠缴。$")]
    private static partial Regex UnpaidWaived();

    [GeneratedRegex(@"^已缴费用 (?<yuan>[\d.]+) 元转营业所退还。$")]
    private static partial Regex FeeToRefund();

    [GeneratedRegex(@"^押金 (?<yuan>[\d.]+) 元转营业所退还。$")]
    private static partial Regex DepositToRefund();

    [GeneratedRegex(@"^已缴 (?<yuan>[\d.]+) 元（其中押金 (?<deposit>[\d.]+) 元）转营业所退还。$")]
    private static partial Regex PaidWithDeposit();

    [GeneratedRegex(@"^已缴 (?<yuan>[\d.]+) 元，请营业所办理退费。$")]
    private static partial Regex PaidNoPath();
}
