namespace Orchestrator.Host.Identity;

/// <summary>Which company's data the current operation may see. Null: unrestricted (background work, seeding).</summary>
public interface ICompanyScope
{
    Guid? CompanyId { get; }
}
