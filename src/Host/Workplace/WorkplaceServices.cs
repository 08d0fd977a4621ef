using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Workplace.Access;
using Orchestrator.Host.Workplace.Admin;
using Orchestrator.Host.Workplace.Approvals;
using Orchestrator.Host.Workplace.Customers;
using Orchestrator.Host.Workplace.Dashboard;
using Orchestrator.Host.Workplace.Inbox;
using Orchestrator.Host.Workplace.Live;
using Orchestrator.Host.Workplace.Tasks;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Workplace;

public static class WorkplaceServices
{
    public static IServiceCollection AddWorkplaceQueries(this IServiceCollection services)
    {
        WorkplacePolicies.Configure(services.AddAuthorizationBuilder());
        services.AddScoped<SignedInUser>();
        services.AddScoped<ICompanyScope, WorkplaceCompanyScope>();
        services.AddSingleton<WorkplaceOperations>();
        services.AddSingleton<InboxNotifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepListener, InboxStepListener>());
        services.AddSingleton<SlaClock>();

        services.AddScoped<CompanyOverviewQuery>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<OpenTasksQuery>();
        services.AddScoped<CustomerAccountsQuery>();
        services.AddScoped<RequestHistoryQuery>();
        services.AddScoped<TaskDetailsQuery>();
        services.AddScoped<TaskWork>();
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
        return services;
    }
}
