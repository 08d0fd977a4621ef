using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Tests.Infrastructure;

public sealed class FixedCompanyScope(Guid? companyId) : ICompanyScope
{
    public Guid? CompanyId { get; set; } = companyId;
}
