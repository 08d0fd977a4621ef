using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Designer.Changes;

/// <summary>One change said in the reviewer's words ("现场勘查时限 7 → 5 个工作日"), on the element it concerns.</summary>
public sealed record ChangeSentence(string ElementId, string Text);

/// <summary>
/// Says what a change does in the process owner's words: SLAs as numbers with their unit (working days, days,
/// hours), amounts in yuan, departments by name, added and removed steps by kind and name. A setting it has no
/// words for is still listed, by its name, with both values.
/// </summary>
public sealed partial class ChangeWording(IStringLocalizer<DesignerResource> text)
{
    private const string TimerPrefix = "timerEventDefinition.";
    private const string WorkingDays = "working-days";

    public IReadOnlyList<ChangeSentence> Describe(FlowChanges changes)
    {
        var sentences = new List<ChangeSentence>();
        foreach (var change in changes.Changed)
            sentences.AddRange(Describe(change, changes.AfterElements));
        sentences.AddRange(changes.Added.Select(e => new ChangeSentence(e.Id, text["Words_Added", Kind(e.Kind), NameOf(e)])));
        sentences.AddRange(changes.Removed.Select(e => new ChangeSentence(e.Id, text["Words_Removed", Kind(e.Kind), NameOf(e)])));
        return sentences;
    }

    private IEnumerable<ChangeSentence> Describe(ElementChange change, IReadOnlyDictionary<string, FlowElement> elements)
    {
        var name = NameOf(change.After);
        var changed = change.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (changed.Contains("dueDate") || (changed.Contains("calendar") && change.After.Kind == "userTask"))
        {
            yield return Sla(change, "", name, "Words_Sla");
            changed.Remove("dueDate");
            changed.Remove("calendar");
        }
        if (changed.Contains(TimerPrefix + "timeDuration") || changed.Contains(TimerPrefix + "calendar"))
        {
            var owner = change.After.Parameters.TryGetValue("attachedToRef", out var attachedTo) && elements.TryGetValue(attachedTo, out var task)
                ? NameOf(task) : name;
            yield return Sla(change, TimerPrefix, owner, "Words_Timer");
            changed.Remove(TimerPrefix + "timeDuration");
            changed.Remove(TimerPrefix + "calendar");
        }
        foreach (var parameter in change.Parameters.Where(p => changed.Contains(p.Name)))
            yield return new ChangeSentence(change.Id, Setting(name, parameter));
    }

    private ChangeSentence Sla(ElementChange change, string prefix, string owner, string words)
    {
        var before = Duration(change.Before.Parameters, prefix);
        var after = Duration(change.After.Parameters, prefix);
        var sentence = before.Unit is not null && before.Unit == after.Unit
            ? text[words + "SameUnit", owner, before.Amount!, after.Amount!, text[before.Unit]]
            : text[words, owner, Said(before), Said(after)];
        return new ChangeSentence(change.Id, sentence);
    }

    private string Setting(string element, ParameterChange p)
    {
        if (p.Name == "name") return text["Words_Name", p.Before ?? None, p.After ?? None];
        if (p.Name.EndsWith("candidateGroups", StringComparison.Ordinal))
            return text["Words_Groups", element, Groups(p.Before), Groups(p.After)];
        if (p.Name == "conditionExpression") return text["Words_Condition", element, p.Before ?? None, p.After ?? None];
        if (p.Name.StartsWith("header:", StringComparison.Ordinal) && text[$"Header_{p.Name[7..]}"] is { ResourceNotFound: false } label
            && IsAmount(p.Before) && IsAmount(p.After))
            return text["Words_Amount", label.Value, Yuan(p.Before), Yuan(p.After)];
        return text["Words_Setting", element, p.Name, p.Before ?? None, p.After ?? None];
    }

    /// <summary>An ISO duration in whole days or hours with its unit key, or the text as it is (unit null).</summary>
    private static (string? Amount, string? Unit) Duration(IReadOnlyDictionary<string, string> parameters, string prefix)
    {
        var iso = parameters.GetValueOrDefault(prefix + (prefix.Length == 0 ? "dueDate" : "timeDuration"));
        if (iso is null) return (null, null);
        var calendar = parameters.GetValueOrDefault(prefix + "calendar");
        if (WholeDays().Match(iso) is { Success: true } days)
            return (days.Groups[1].Value, calendar == WorkingDays ? "UnitWorkingDays" : "UnitDays");
        if (WholeHours().Match(iso) is { Success: true } hours) return (hours.Groups[1].Value, "UnitHours");
        return (iso, null);
    }

    private string Said((string? Amount, string? Unit) duration) =>
        duration.Amount is null ? None : duration.Unit is null ? duration.Amount : $"{duration.Amount} {text[duration.Unit]}";

    private string Groups(string? groups) => groups is null ? None
        : string.Join("、", groups.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(g => CandidateGroups.Find(g) is { } group ? RoleCatalog.DisplayName(group.Role, CultureInfo.CurrentUICulture.Name) : g));

    private string Kind(string kind) => text[$"Kind_{kind}"] is { ResourceNotFound: false } named ? named.Value : kind;

    private static string NameOf(FlowElement element) => string.IsNullOrWhiteSpace(element.Name) ? element.Id : element.Name;

    private static bool IsAmount(string? value) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string Yuan(string? value) => decimal.Parse(value!, NumberStyles.Number, CultureInfo.InvariantCulture).ToString("#,0.##", CultureInfo.InvariantCulture);

    private string None => text["NoValue"];

    [GeneratedRegex(@"^P(\d+)D$")]
    private static partial Regex WholeDays();

    [GeneratedRegex(@"^PT(\d+)H$")]
    private static partial Regex WholeHours();
}
