using System.Globalization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Service;

/// <summary>
/// 预约上门: the hotline books the on-site visit directly (seed 000), for a morning or afternoon slot.
/// </summary>
[Activity("water.bookAppointment", DisplayName = "预约上门 Book appointment", Category = "客户服务 Service",
    Description = "Headers 'morningStart' (09:00) and 'afternoonStart' (14:00) set the slot times.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("appointmentDate", typeof(string), Required = true, Description = "yyyy-MM-dd")]
[ActivityInput("timeSlot", typeof(string), Description = "morning or afternoon")]
[ActivityOutput("appointmentAt", typeof(string))]
public sealed class BookAppointment : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.RequiredText("appointmentDate");
        var date = DateOnly.Parse(text.Length > 10 ? text[..10] : text, CultureInfo.InvariantCulture);
        var afternoon = context.Text("timeSlot") == "afternoon";
        var time = TimeOnly.Parse(context.Header(afternoon ? "afternoonStart" : "morningStart", afternoon ? "14:00" : "09:00"), CultureInfo.InvariantCulture);
        var at = ChinaTime.At(date, time);
        if (date < context.Today())
            throw new BpmnErrorException("appointment-in-past", $"An appointment cannot be booked for {date:yyyy-MM-dd}, which has passed.");
        await RequestRecords.NoteAsync(context, $"已预约 {date:yyyy-MM-dd} {(afternoon ? "下午" : "上午")} 上门服务。");
        return ActivityResult.With("appointmentAt", at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }
}
