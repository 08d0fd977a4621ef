namespace Orchestrator.Domain.Organization;

public sealed record RoleInfo(string Code, string NameZh, string NameEn)
{
    /// <summary>The Chinese name for any zh culture, English otherwise.</summary>
    public string DisplayName(string culture) =>
        culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
