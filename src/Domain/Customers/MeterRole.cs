namespace Orchestrator.Domain.Customers;

/// <summary>总表 (master, read monthly) or 户表 (household, read every 2 months).</summary>
public enum MeterRole
{
    Master,
    Household,
}
