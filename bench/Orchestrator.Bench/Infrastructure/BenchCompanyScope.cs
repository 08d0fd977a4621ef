using Orchestrator.Host.Identity;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>The company a page request is for, set per DI scope as the signed-in user's company would be.</summary>
public sealed class BenchCompanyScope : ICompanyScope
{
    public Guid? CompanyId { get; set; }
}
