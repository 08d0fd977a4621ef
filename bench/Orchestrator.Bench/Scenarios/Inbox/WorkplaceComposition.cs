using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Identity;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// The Host's persistence, workflows and workplace queries (the inbox, the dashboard, customer 360) composed as
/// the Host composes them, without the web server; each call runs in its own DI scope for one company, as a
/// page request of a signed-in member of staff does.
/// </summary>
public static class WorkplaceComposition
{
    public static IHost Build(BenchDatabase database)
    {
        var builder = HostComposition.Builder(database, withScheduling: false);
        builder.Services.AddWorkplaceQueries();
        builder.Services.AddScoped<OpenIncidentsQuery>();
        builder.Services.AddWaitingFeature(); // customer 360 shows what each request waits for
        builder.Services.AddScoped<BenchCompanyScope>();
        builder.Services.AddScoped<ICompanyScope>(sp => sp.GetRequiredService<BenchCompanyScope>());
        return builder.Build();
    }

    public static async Task<T> AsCompanyAsync<T>(this IServiceProvider services, Guid company, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BenchCompanyScope>().CompanyId = company;
        return await work(scope.ServiceProvider);
    }

    /// <summary>A member of staff of <paramref name="unit"/>: the unit's company, the role of its candidate group.</summary>
    public static StaffMember StaffOf(int unit)
    {
        CandidateGroup group = InboxDataSet.GroupOf(unit);
        return new StaffMember($"bench-{unit:D2}", $"Unit {unit}", InboxDataSet.CompanyOf(unit), null, group.UnitKind, new HashSet<string> { group.Role });
    }
}
