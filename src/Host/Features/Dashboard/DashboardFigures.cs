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
/// SLA compliance counts each of those as not on time beside the tasks completed late.
/// </summary>
public sealed record DashboardFigures(IReadOnlyList<UnitBacklog> Units, IReadOnlyList<InboxItem> Overdue, int OpenIncidents = 0)
{
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
