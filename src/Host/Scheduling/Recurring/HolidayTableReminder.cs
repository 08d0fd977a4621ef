using Microsoft.AspNetCore.Identity;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>From November on, asks the administrators for next year's holiday table until it is entered (weekly).</summary>
public sealed class HolidayTableReminder(HolidayCalendarCache cache, UserManager<ApplicationUser> users, MailSender mail, TimeProvider clock)
{
    public async Task<bool> RemindAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var nextYear = today.Year + 1;
        if (today.Month < 11 || cache.Calendar.IsPublished(nextYear)) return false;
        var admins = (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(u => u.Email is not null).Select(u => u.Email!).ToList();
        if (admins.Count == 0) return false;
        var (subject, body) = MailTemplates.Get(MailTemplates.HolidayTableMissing)
            .Render("zh-CN", new Dictionary<string, string> { ["year"] = nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var week = System.Globalization.ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue));
        return await mail.SendAsync(new OutgoingMail($"holiday-reminder:{nextYear}:w{week}", admins, subject, body), cancellationToken);
    }
}
