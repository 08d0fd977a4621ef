namespace Orchestrator.Domain.Requests;

public enum ServiceRequestType
{
    /// <summary>新装接水</summary>
    NewConnection,

    /// <summary>一户一表改造</summary>
    HouseholdMeterRetrofit,

    /// <summary>过户/更名</summary>
    OwnershipTransfer,

    /// <summary>报停</summary>
    Suspension,

    /// <summary>恢复用水</summary>
    Restoration,

    /// <summary>投诉</summary>
    Complaint,

    /// <summary>报修</summary>
    Repair,

    /// <summary>特困低保用水优惠</summary>
    LowIncomeRelief,

    /// <summary>咨询</summary>
    Inquiry,
}
