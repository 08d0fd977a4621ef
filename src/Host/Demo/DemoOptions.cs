namespace Orchestrator.Host.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed demo data into an empty database. Ignored in the Production environment.</summary>
    public bool Seed { get; set; } = true;

    public int Customers { get; set; } = 200;

    public const string Password = "Demo@2026";
}
