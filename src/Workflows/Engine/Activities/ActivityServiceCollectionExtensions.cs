using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Orchestrator.Workflows.Engine.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TActivity"/> (scoped) and its descriptor.</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity => services.AddActivity(typeof(TActivity));

    public static IServiceCollection AddActivity(this IServiceCollection services, Type activityType)
    {
        services.AddScoped(activityType);
        services.AddSingleton(new ActivityRegistration(ActivityDescriptor.Describe(activityType)));
        return services;
    }

    /// <summary>Registers every concrete <see cref="IActivity"/> with an [Activity] attribute in the assembly.</summary>
    public static IServiceCollection AddActivitiesFrom(this IServiceCollection services, Assembly assembly)
    {
        var activityTypes = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && typeof(IActivity).IsAssignableFrom(t) && t.GetCustomAttribute<ActivityAttribute>() is not null);
        foreach (var type in activityTypes)
            services.AddActivity(type);
        return services;
    }
}
