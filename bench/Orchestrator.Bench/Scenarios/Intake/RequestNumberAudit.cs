using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Scenarios.Intake;

/// <summary>
/// Reads every request number from the database afterwards: per prefix and day (the number is prefix, date,
/// five-digit sequence) the sequences must run 1, 2, 3… without a gap or a repeat.
/// </summary>
public static class RequestNumberAudit
{
    public static async Task<NumberAudit> CheckAsync(BenchDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        EngineComposition.AddHostPersistence(services, database);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var numbers = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().ServiceRequests.AsNoTracking()
            .Select(r => r.Number).ToListAsync();
        var days = numbers.GroupBy(n => n[..^5]).ToList();
        var broken = days.Where(day =>
        {
            var sequences = day.Select(n => int.Parse(n[^5..])).Order().ToList();
            return !sequences.SequenceEqual(Enumerable.Range(1, sequences.Count));
        }).Select(day => day.Key).ToList();
        return new NumberAudit(numbers.Count, days.Count, broken);
    }
}

/// <summary>How many numbers, over how many prefix-days, and the prefix-days with a gap or a repeat (none is right).</summary>
public sealed record NumberAudit(int Numbers, int Days, IReadOnlyList<string> Broken)
{
    public bool GapFree => Broken.Count == 0;
}
