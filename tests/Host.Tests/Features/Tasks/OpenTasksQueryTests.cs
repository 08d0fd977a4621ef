using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Tasks;

/// <summary>The inbox reads, in the database, only the tasks of its person's groups and those assigned to them.</summary>
public sealed class OpenTasksQueryTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task A_designer_sees_design_tasks_and_tasks_given_to_them_but_not_the_service_centers()
    {
        var survey = await OpenTaskAsync("inbox_survey", "design-office");
        var intake = await OpenTaskAsync("inbox_intake", "service-center");
        var designer = await StaffAsync("design", UnitKind.DesignOffice, Roles.DesignOffice);
        var clerk = await StaffAsync("clerk", UnitKind.ServiceCenter, Roles.Clerk);

        var designerSees = await LoadAsync(designer);
        var clerkSees = await LoadAsync(clerk);

        Assert.Contains(survey, designerSees);
        Assert.DoesNotContain(intake, designerSees);
        Assert.Contains(intake, clerkSees);
        Assert.DoesNotContain(survey, clerkSees);
    }

    private async Task<List<string>> LoadAsync(StaffMember staff)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<OpenTasksQuery>().PageAsync(staff, size: OpenTasksQuery.MaxPageSize)).Items.Select(i => i.RequestNumber)];
    }

    private Task<StaffMember> StaffAsync(string userName, UnitKind kind, string role) => host.WithDbAsync(async db =>
    {
        var company = await db.Companies.SingleAsync(c => c.Code == "city");
        var unit = await db.Units.IgnoreQueryFilters().FirstAsync(u => u.CompanyId == company.Id && u.Kind == kind);
        return new StaffMember(userName, userName, company.Id, unit.Id, kind, new HashSet<string> { role });
    });

    private async Task<string> OpenTaskAsync(string key, string group)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var company = await db.Companies.SingleAsync(c => c.Code == "city");
        var request = ServiceRequest.Submit(new RequestIntake(company.Id, ServiceRequestType.Inquiry, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "inbox test"), Random.Shared.Next(10_000, 99_999), DateTimeOffset.UtcNow);
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        Assert.True((await runtime.DeployAsync(TestFlows.Review(key, "处理", group))).Deployed);
        await runtime.StartAsync(key, request.Number, tenantId: company.Id);
        return request.Number;
    }
}
