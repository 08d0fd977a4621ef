namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// Everything the executor needs to resume an instance, stored as one JSON column: tokens, the scope tree
/// (with variables and multi-instance counters), what each token waits for, and open incidents.
/// </summary>
public sealed class InstanceState
{
    public Guid InstanceId { get; set; }
    public string ProcessKey { get; set; } = "";
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; } = InstanceStatus.Active;

    /// <summary>For an instance started by a call activity: the parent's wait to complete when this ends.</summary>
    public Guid? ParentWaitId { get; set; }
    public Guid? ParentInstanceId { get; set; }

    public List<TokenState> Tokens { get; set; } = [];
    public List<ScopeState> Scopes { get; set; } = [];
    public List<WaitState> Waits { get; set; } = [];
    public List<IncidentState> Incidents { get; set; } = [];

    /// <summary>Completed activities with a compensation handler, in order of completion.</summary>
    public List<CompensableActivity> Compensable { get; set; } = [];

    public List<CompensationRun> CompensationRuns { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public ScopeState RootScope => Scopes.First(s => s.ParentId is null);

    public TokenState? FindToken(string id) => Tokens.FirstOrDefault(t => t.Id == id);

    public ScopeState? FindScope(string? id) => id is null ? null : Scopes.FirstOrDefault(s => s.Id == id);

    public WaitState? FindWait(Guid id) => Waits.FirstOrDefault(w => w.Id == id);

    public IEnumerable<string> ActiveElementIds() => Tokens.Select(t => t.ElementId).Distinct();
}
