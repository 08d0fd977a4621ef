using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>The SLA sweep: every overdue open task is reported once to its unit (the flows' own escalations stay).</summary>
public sealed class SlaEscalationSender(OrchestratorDbContext db, UnitWorkloadQuery workload, MailSender mail, TimeProvider clock)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var unit in await db.Units.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken))
        {
            var overdue = (await workload.OpenTasksAsync(unit, cancellationToken)).Where(t => t.DueAt < now).ToList();
            if (overdue.Count == 0) continue;
            var to = await workload.MemberAddressesAsync(unit.Id, cancellationToken);
            if (to.Count == 0) continue;
            foreach (var task in overdue)
            {
                var (subject, body) = MailTemplates.Get(MailTemplates.SlaEscalation).Render("zh-CN", new Dictionary<string, string>
                {
                    ["unitName"] = unit.Name,
                    ["requestNumber"] = task.RequestNumber,
                    ["stepName"] = task.StepName ?? "",
                    ["dueAt"] = $"{ChinaTime.ToLocal(task.DueAt!.Value):yyyy-MM-dd HH:mm}",
                });
                if (await mail.SendAsync(new OutgoingMail($"sla:{task.TaskId}:{unit.Id}", to, subject, body), cancellationToken)) sent++;
            }
        }
        return sent;
    }
}
