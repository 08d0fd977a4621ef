namespace Orchestrator.Domain.Billing;

public enum BillLineKind
{
    /// <summary>基本水费 of one tier.</summary>
    BasicWater,

    /// <summary>污水处理费, 水资源费 and other per-m³ lines of the tariff.</summary>
    Surcharge,

    /// <summary>低保/特困优惠: off the basic water fee.</summary>
    Relief,

    /// <summary>A bill's original amount where it had no lines (a fee bill), kept when it is waived.</summary>
    Fee,

    /// <summary>核销: the unpaid remainder taken off, with the reason.</summary>
    Waiver,
}
