namespace Orchestrator.Domain.Tariffs;

/// <summary>
/// A per-m³ line billed beside the basic water fee (污水处理费, 水资源费, …). When a tariff has surcharges its
/// tier prices are the basic water fee alone, which is what relief is taken off.
/// </summary>
public sealed record TariffSurcharge(string Code, string Name, decimal PricePerM3);
