namespace Orchestrator.Designer.Flows;

/// <summary>A deployed flow by key, at its latest version.</summary>
public sealed record FlowSummary(string Key, string? Name, int LatestVersion, DateTimeOffset DeployedAt, string? DeployedBy)
{
    public string BaseKey => FlowVariantKey.BaseOf(Key);
    public bool IsVariant => Key != BaseKey;
}

/// <summary>One published version, with who changed and who approved it when it came through the designer.</summary>
public sealed record FlowVersion(string Key, int Version, DateTimeOffset DeployedAt, string? DeployedBy, string? ApprovedBy, Guid? DraftId);
