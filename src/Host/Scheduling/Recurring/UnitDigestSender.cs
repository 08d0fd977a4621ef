using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>The working-morning digest: each unit's members get its open tasks, those due today and the overdue.</summary>
public sealed class UnitDigestSender(OrchestratorDbContext db, UnitWorkloadQuery workload, MailSender mail, TimeProvider clock)
{
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var sent = 0;
        foreach (var unit in await db.Units.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken))
        {
            var tasks = await workload.OpenTasksAsync(unit, cancellationToken);
            var to = await workload.MemberAddressesAsync(unit.Id, cancellationToken);
            if (tasks.Count == 0 || to.Count == 0) continue;
            var dueToday = tasks.Count(t => t.DueAt is { } due && ChinaTime.DateOf(due) == today);
            var overdue = tasks.Count(t => t.DueAt < now);
            var (subject, body) = MailTemplates.Get(MailTemplates.UnitDigest).Render("zh-CN", new Dictionary<string, string>
            {
                ["unitName"] = unit.Name,
                ["openCount"] = tasks.Count.ToString(CultureInfo.InvariantCulture),
                ["dueToday"] = dueToday.ToString(CultureInfo.InvariantCulture),
                ["overdue"] = overdue.ToString(CultureInfo.InvariantCulture),
                ["lines"] = string.Join('\n', tasks.Take(50).Select(t => $"- {t.RequestNumber} {t.StepName} {Due(t.DueAt)}")),
            });
            if (await mail.SendAsync(new OutgoingMail($"digest:{unit.Id}:{today:yyyy-MM-dd}", to, subject, body), cancellationToken)) sent++;
        }
        return sent;
    }

    private static string Due(DateTimeOffset? due) => due is { } d ? $"{ChinaTime.ToLocal(d):yyyy-MM-dd HH:mm}" : "";
}
