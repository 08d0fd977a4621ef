namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// sla_day_counts: how many of a company's tasks with a deadline were completed on time and late on one China day,
/// per candidate-group list (",a,b," as on the task). A finished day never changes, so the dashboard adds up these rows
/// instead of counting a month of completed tasks on every visit. The row with an empty <see cref="CandidateGroups"/>
/// marks the day as counted (also when nothing was completed that day).
/// </summary>
public sealed class SlaDayCount
{
    public Guid CompanyId { get; init; }

    public DateOnly Day { get; init; }

    public string CandidateGroups { get; init; } = "";

    public int OnTime { get; init; }

    public int Late { get; init; }

    public bool IsDayMarker => CandidateGroups.Length == 0;

    public static SlaDayCount DayMarker(Guid companyId, DateOnly day) => new() { CompanyId = companyId, Day = day };
}
