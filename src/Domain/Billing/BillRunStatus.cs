namespace Orchestrator.Domain.Billing;

public enum BillRunStatus
{
    /// <summary>Computed: the bills can be checked, released or the whole run reversed.</summary>
    Calculated,

    /// <summary>Released (发行): the bills are in the accounts' ledgers and can be paid.</summary>
    Released,

    /// <summary>Reversed before release: its readings wait for the next run.</summary>
    Reversed,
}
