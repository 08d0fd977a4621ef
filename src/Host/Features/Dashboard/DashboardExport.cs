using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Resources;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>GET /workplace/dashboard.xlsx: the dashboard's backlog, open requests by state and overdue list as an Excel workbook.</summary>
public static class DashboardExport
{
    public const string Path = "/workplace/dashboard.xlsx";

    public static IEndpointRouteBuilder MapDashboardExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).RequireAuthorization(WorkplacePolicies.Supervisor).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(DashboardQuery query, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken cancellationToken)
    {
        var figures = await query.LoadAsync(cancellationToken);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var workbook = new XlsxWorkbook()
            .Sheet(l["Backlog"], [
                [l["Unit"].Value, l["OpenTasks"].Value, l["OverdueTasks"].Value, l["CompletedOnTime"].Value, l["CompletedLate"].Value, l["SlaCompliance"].Value],
                .. figures.Units.Select(u => new object?[]
                {
                    RoleCatalog.DisplayName(CandidateGroups.Find(u.CandidateGroup)?.Role ?? u.CandidateGroup, culture),
                    u.Open, u.Overdue, u.CompletedOnTime, u.CompletedLate, u.SlaCompliance is { } c ? Math.Round(c * 100, 1) : null,
                }),
            ])
            .Sheet(l["Requests"], [
                [l["RequestsInProgress"].Value, l["WaitingRequests"].Value, l["ExceptionRequests"].Value],
                [figures.Requests.InProgress, figures.Requests.WaitingForCustomer, figures.Requests.Exceptions],
            ])
            .Sheet(l["OverdueList"], [
                [l["RequestNumber"].Value, l["Customer"].Value, l["Step"].Value, l["DueAt"].Value, l["OverdueWorkingDays"].Value, l["Assignee"].Value],
                .. figures.Overdue.Select(t => new object?[]
                {
                    t.RequestNumber, t.CustomerName, t.StepName, t.DueAt is { } due ? ChinaTime.ToLocal(due).ToString("yyyy-MM-dd HH:mm") : null,
                    t.Sla.WorkingDays, t.Assignee,
                }),
            ]);
        var name = $"dashboard-{ChinaTime.DateOf(clock.GetUtcNow()):yyyyMMdd}.xlsx";
        return Results.File(workbook.ToBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
