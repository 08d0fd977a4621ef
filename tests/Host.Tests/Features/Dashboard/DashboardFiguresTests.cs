using Orchestrator.Host.Features.Dashboard;

namespace Orchestrator.Host.Tests.Features.Dashboard;

/// <summary>SLA compliance: a request stopped at a failed step (异常) is never on time.</summary>
public sealed class DashboardFiguresTests
{
    [Fact]
    public void Open_incidents_count_against_the_company_s_compliance()
    {
        UnitBacklog[] units = [new("business-office", 0, 0, 3, 0), new("design-office", 0, 0, 3, 1)];

        var healthy = new DashboardFigures(units, [], OpenIncidents: 0);
        var failing = new DashboardFigures(units, [], OpenIncidents: 3);

        Assert.Equal(6d / 7, healthy.SlaCompliance);
        Assert.Equal(6d / 10, failing.SlaCompliance);
        Assert.Null(new DashboardFigures([], [], OpenIncidents: 0).SlaCompliance);
        Assert.Equal(0d, new DashboardFigures([], [], OpenIncidents: 2).SlaCompliance);
    }
}
