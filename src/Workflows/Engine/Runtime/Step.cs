using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Behaviors;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>
/// One execution of one command on one instance: the state being changed, the effects collected,
/// the queue of tokens ready to move, and the behaviours that move them.
/// </summary>
internal sealed class Step
{
    private readonly Queue<TokenState> _ready = new();
    private readonly List<EngineEffect> _effects = [];

    public Step(ProcessGraph graph, InstanceState state, ExecutionEnvironment environment)
    {
        Graph = graph;
        State = state;
        Environment = environment;
        Variables = new VariableScopes(state, environment.Expressions);
        Runner = new TokenRunner(this);
        Flow = new SequenceFlowTaker(this);
        Gateways = new GatewayBehavior(this);
        Waits = new WaitFactory(this);
        Boundaries = new BoundaryEventBehavior(this);
        Resume = new WaitResumption(this);
        Errors = new ErrorPropagation(this);
        Cancellation = new TokenCancellation(this);
        Scopes = new ScopeCompletion(this);
        MultiInstance = new MultiInstanceBehavior(this);
        Incidents = new IncidentBehavior(this);
        Catches = new CatchSearch(this);
        EventSubProcesses = new EventSubProcessBehavior(this);
        Escalations = new EscalationPropagation(this);
    }

    public ProcessGraph Graph { get; }
    public InstanceState State { get; }
    public ExecutionEnvironment Environment { get; }
    public VariableScopes Variables { get; }
    public TokenRunner Runner { get; }
    public SequenceFlowTaker Flow { get; }
    public GatewayBehavior Gateways { get; }
    public WaitFactory Waits { get; }
    public BoundaryEventBehavior Boundaries { get; }
    public WaitResumption Resume { get; }
    public ErrorPropagation Errors { get; }
    public TokenCancellation Cancellation { get; }
    public ScopeCompletion Scopes { get; }
    public MultiInstanceBehavior MultiInstance { get; }
    public IncidentBehavior Incidents { get; }
    public CatchSearch Catches { get; }
    public EventSubProcessBehavior EventSubProcesses { get; }
    public EscalationPropagation Escalations { get; }

    public IReadOnlyList<EngineEffect> Effects => _effects;

    public void Emit(EngineEffect effect) => _effects.Add(effect);

    public void History(FlowNode node, string @event, string? data = null) =>
        Emit(new HistoryRecorded(node.Id, node.Kind.ToString(), @event, data));

    public void Schedule(TokenState token)
    {
        token.Status = TokenStatus.Ready;
        _ready.Enqueue(token);
    }

    public bool TryTakeReady(out TokenState token) => _ready.TryDequeue(out token!);
}
