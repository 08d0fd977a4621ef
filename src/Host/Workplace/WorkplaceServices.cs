namespace Orchestrator.Host.Workplace;

public static class WorkplaceServices
{
    public static IServiceCollection AddWorkplaceQueries(this IServiceCollection services) =>
        services.AddScoped<CompanyOverviewQuery>();
}
