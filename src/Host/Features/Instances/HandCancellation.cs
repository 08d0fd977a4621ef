using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Host.Features.Instances;

/// <summary>
/// The request side of cancelling a flow that has no withdrawal path of its own: the request is cancelled with the
/// administrator's name and reason, and a fee bill the flow issued for it stops being owed — what is unpaid is waived
/// (核销) in the ledger with who and why, so it never counts as arrears; what was paid is put on the history for the
/// business office to pay back. Nothing is saved here: the caller saves it with the cancellation.
/// </summary>
public sealed class HandCancellation(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task CloseAsync(ServiceRequest request, StaffMember caller, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.RequestTimeline.Add(request.Cancel(now, caller.DisplayName, reason));
        if (request.AccountId is not { } accountId) return;
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null) return;
        var ledger = await new LedgerRepository(db).LoadAsync(account, cancellationToken);
        if (ledger.FeeOf(request.Number) is not { } fee) return;
        var paid = fee.AmountPaid;
        var waiverReason = $"{caller.DisplayName}撤销申请：{reason}";
        var waived = ledger.WaiveFee(request.Number, waiverReason.Length <= 200 ? waiverReason : waiverReason[..199] + "…", Domain.Calendar.ChinaTime.DateOf(now));
        if (waived > 0)
            Note(request, now, caller, $"{caller.DisplayName}撤销申请（原因：{reason}）：未缴费用 {waived:0.00} 元已核销，不再欠缴。");
        if (paid > 0)
            Note(request, now, caller, $"{caller.DisplayName}撤销申请（原因：{reason}）：已缴 {paid:0.00} 元，请营业所办理退费。");
    }

    private void Note(ServiceRequest request, DateTimeOffset at, StaffMember caller, string text) =>
        db.RequestTimeline.Add(RequestTimelineEntry.Record(request, at, caller.DisplayName, text.Length <= 2000 ? text : text[..1999] + "…"));
}
