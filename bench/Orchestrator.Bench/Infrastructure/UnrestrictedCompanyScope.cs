using Orchestrator.Host.Identity;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>The benchmarks run as background work does: no company filter.</summary>
public sealed class UnrestrictedCompanyScope : ICompanyScope
{
    public Guid? CompanyId => null;
}
