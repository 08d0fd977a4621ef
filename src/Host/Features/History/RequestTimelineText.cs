using System.Globalization;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// A line of the request's own timeline in the reader's language. The domain writes its status changes in fixed
/// English ("Cancelled: 重复受理", "Rejected: …", "Work started."); a Chinese reader sees "已撤销：重复受理". Lines the
/// flows and commands write in business Chinese are shown as written, except that an English reader gets the
/// withdrawal and cancellation lines in English (<see cref="WithdrawalTimelineText"/>).
/// </summary>
public static class RequestTimelineText
{
    private static readonly (string Domain, string Zh)[] StatusTexts =
    [
        ("Cancelled: ", "已撤销："),
        ("Rejected: ", "不予办理："),
        ("Work started.", "开始办理。"),
    ];

    public static string Of(string text, CultureInfo culture)
    {
        if (!culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return WithdrawalTimelineText.English(text) ?? text;
        foreach (var (domain, zh) in StatusTexts)
            if (text.StartsWith(domain, StringComparison.Ordinal)) return zh + text[domain.Length..];
        return text;
    }
}
