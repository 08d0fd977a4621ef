namespace Orchestrator.Domain.Metering;

/// <summary>Why a meter was read: the book's round, or a special reading (特殊抄表) outside it.</summary>
public enum ReadingKind
{
    /// <summary>The book's reading round for the period.</summary>
    Regular,

    /// <summary>追加抄表: an extra reading inside a period, billed with the period's run.</summary>
    Extra,

    /// <summary>Move-out: the last reading for the leaving occupant.</summary>
    MoveOut,

    /// <summary>报停: the final reading; the account is billed at once and not again until restored.</summary>
    Suspension,

    /// <summary>恢复用水: the first reading after a suspension; billing starts from it.</summary>
    Restoration,

    /// <summary>换表: the old meter's last reading; the new meter's start reading becomes the baseline.</summary>
    MeterChange,
}
