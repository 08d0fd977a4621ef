namespace Orchestrator.Host.Features.Waiting;

public static class WaitingFeature
{
    /// <summary>The 待客户办理 list: requests waiting for their customers, and who follows them up.</summary>
    public static IServiceCollection AddWaitingFeature(this IServiceCollection services) => services.AddScoped<WaitingForCustomerQuery>();
}
