using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>Who may claim a step, in words: its candidate groups by the roles that hold them ("设计室", "主管领导").</summary>
public static class Claimants
{
    public static string Of(IEnumerable<string> candidateGroups, string culture) =>
        string.Join(culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "、" : ", ",
            candidateGroups.Select(g => CandidateGroups.Find(g) is { } group ? RoleCatalog.DisplayName(group.Role, culture) : g).Distinct());
}
