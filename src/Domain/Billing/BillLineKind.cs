namespace Orchestrator.Domain.Billing;

public enum BillLineKind
{
    /// <summary>基本水费 of one tier.</summary>
    BasicWater,

    /// <summary>污水处理费, 水资源费 and other per-m³ lines of the tariff.</summary>
    Surcharge,

    /// <summary>低保/特困优惠: off the basic water fee.</summary>
    Relief,
}
