using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>A unit's (candidate group's) open work: how much, how much overdue, and its on-time rate over the last 30 days.</summary>
public sealed record UnitBacklog(string CandidateGroup, int Open, int Overdue, int CompletedOnTime, int CompletedLate)
{
    /// <summary>Share of the last 30 days' completed tasks finished by their deadline; null when none had one.</summary>
    public double? SlaCompliance => CompletedOnTime + CompletedLate == 0 ? null : (double)CompletedOnTime / (CompletedOnTime + CompletedLate);
}

/// <summary>
/// The company's figures; <see cref="OpenIncidents"/> counts requests stopped at a failed step (异常). The company's
/// SLA compliance counts each of those as not on time beside the tasks completed late. <see cref="Overdue"/> lists the
/// most overdue tasks (at most <see cref="DashboardQuery.OverdueListSize"/>) of <see cref="OverdueTotal"/>.
/// </summary>
public sealed record DashboardFigures(IReadOnlyList<UnitBacklog> Units, IReadOnlyList<InboxItem> Overdue, int OpenIncidents = 0)
{
    public int OverdueTotal { get; init; }

    public RequestStates Requests { get; init; } = new(0, 0, 0);

    public double? SlaCompliance
    {
        get
        {
            var (onTime, late) = (Units.Sum(u => u.CompletedOnTime), Units.Sum(u => u.CompletedLate));
            var counted = onTime + late + OpenIncidents;
            return counted == 0 ? null : (double)onTime / counted;
        }
    }
}

/// <summary>The open requests split three ways: work in progress, waiting for the customer (待客户办理), stopped at a failed step (异常).</summary>
public sealed record RequestStates(int InProgress, int WaitingForCustomer, int Exceptions);
