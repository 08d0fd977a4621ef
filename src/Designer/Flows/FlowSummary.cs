namespace Orchestrator.Designer.Flows;

/// <summary>A deployed flow by key, at its latest version.</summary>
public sealed record FlowSummary(string Key, string? Name, int LatestVersion, DateTimeOffset DeployedAt, string? DeployedBy)
{
    public string BaseKey => FlowVariantKey.BaseOf(Key);
    public bool IsVariant => Key != BaseKey;
}

/// <summary>A page of a flow's versions, newest first; <see cref="Next"/> is the last version shown, null on the last page.</summary>
public sealed record FlowVersionPage(IReadOnlyList<FlowVersion> Versions, int? Next);

/// <summary>One published version, with who changed and who approved it when it came through the designer.</summary>
public sealed record FlowVersion(string Key, int Version, DateTimeOffset DeployedAt, string? DeployedBy, string? ApprovedBy, Guid? DraftId);
