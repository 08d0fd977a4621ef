using System.Text.RegularExpressions;

namespace Orchestrator.Host.Notifications;

/// <summary>A subject and body per language with {placeholders} filled from the message's data.</summary>
public sealed partial record MailTemplate(string Key, string SubjectZh, string BodyZh, string SubjectEn, string BodyEn)
{
    public (string Subject, string Body) Render(string culture, IReadOnlyDictionary<string, string> data)
    {
        var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return (Fill(english ? SubjectEn : SubjectZh, data), Fill(english ? BodyEn : BodyZh, data));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> data) =>
        Placeholder().Replace(text, m => data.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
