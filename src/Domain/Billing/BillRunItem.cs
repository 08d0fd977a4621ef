namespace Orchestrator.Domain.Billing;

/// <summary>One account's computed bill inside a bill run; it becomes a <see cref="Ledger.Bill"/> when the run is released.</summary>
public sealed class BillRunItem
{
    private List<BillLine> lines = [];

    private BillRunItem() => Period = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid RunId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Period { get; private set; }
    public decimal VolumeM3 { get; private set; }
    public decimal Amount { get; private set; }
    public decimal ReliefAmount { get; private set; }
    public DateOnly LastReadOn { get; private set; }
    public IReadOnlyList<BillLine> Lines => lines;

    /// <summary>The ledger bill made from this item at release.</summary>
    public Guid? BillId { get; private set; }

    public static BillRunItem For(BillRun run, Guid accountId, BillComputation computation, DateOnly lastReadOn) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = run.CompanyId,
        RunId = run.Id,
        AccountId = Require.Id(accountId, "account"),
        Period = run.Period,
        VolumeM3 = computation.VolumeM3,
        Amount = computation.Amount,
        ReliefAmount = computation.ReliefAmount,
        LastReadOn = lastReadOn,
        lines = [.. computation.Lines],
    };

    public void Issued(Guid billId) => BillId = Require.Id(billId, "bill");
}
