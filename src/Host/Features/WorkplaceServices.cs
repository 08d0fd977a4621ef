using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Features.Approvals;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Dashboard;
using Orchestrator.Host.Features.Definitions;
using Orchestrator.Host.Features.Documents;
using Orchestrator.Host.Features.Instances;
using Orchestrator.Host.Features.Messages;
using Orchestrator.Host.Features.Home;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Features.Live;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features;

public static class WorkplaceServices
{
    public static IServiceCollection AddWorkplaceQueries(this IServiceCollection services)
    {
        WorkplacePolicies.Configure(services.AddAuthorizationBuilder());
        services.AddScoped<SignedInUser>();
        services.AddScoped<ICompanyScope, WorkplaceCompanyScope>();
        services.AddSingleton<WorkplaceOperations>();
        services.AddSingleton<InboxNotifier>();
        services.AddClusterSignals();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepListener, InboxStepListener>());
        services.AddSingleton<SlaClock>();

        services.AddScoped<CompanyOverviewQuery>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<OpenTasksQuery>();
        services.AddScoped<TaskKeys>();
        services.AddScoped<CustomerAccountsQuery>();
        services.AddScoped<RequestHistoryQuery>();
        services.AddScoped<TaskDetailsQuery>();
        services.AddScoped<CompanyTasks>();
        services.AddScoped<OfficeAreas>();
        services.AddScoped<TaskRules>();
        services.AddScoped<TaskListQuery>();
        services.AddScoped<ClaimTask>();
        services.AddScoped<ReleaseTask>();
        services.AddScoped<CompleteTask>();
        services.AddScoped<ReassignTask>();
        services.AddScoped<StartInstance>();
        services.AddScoped<CancelInstance>();
        services.AddScoped<HandCancellation>();
        services.AddScoped<DeployDefinition>();
        services.AddScoped<PublishMessage>();
        services.AddScoped<SetOfficeAreas>();
        services.AddScoped<Outbox.ParkedOutboxQuery>();
        services.AddScoped<Outbox.RetryParkedOutbox>();
        services.AddScoped<PendingApprovalsQuery>();
        services.AddSingleton<ApprovalBatchWork>();
        services.AddScoped<Customer360Query>();
        services.AddScoped<CounterPayments>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<HolidayCalendarEditor>();
        services.AddScoped<Features.Calendar.RecountDeadlines>();
        services.AddScoped<Features.Calendar.HolidayTableReminder>();
        services.AddScoped<FlowParametersQuery>();
        services.AddPrintedDocuments();
        return services;
    }
}
