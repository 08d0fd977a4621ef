using static Orchestrator.Workflows.Activities.Forms.Fields;

namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Forms of the hotline and service work: follow-up calls, complaints, appointments, repairs.</summary>
internal static class ServiceForms
{
    public static readonly TaskForm FollowUpCall = new("follow-up-call", "回访", "Follow-up call",
    [
        Choice("callOutcome", "回访结果", "Outcome",
            new FormChoice("satisfied", "满意", "Satisfied"),
            new FormChoice("unsatisfied", "不满意", "Not satisfied"),
            new FormChoice("unreachable", "联系不上", "Could not be reached")),
        Note(),
    ]);

    public static readonly TaskForm ComplaintIntake = new("complaint-intake", "受理投诉", "Take the complaint",
    [
        Boolean("solvedOnSpot", "已当场解决（倾听、解释、致歉）", "Solved on the spot (listened, explained, apologised)"),
        Choice("department", "转责任部门（未当场解决时必选）", "Responsible department (required when not solved on the spot)",
            new FormChoice("business-office", "营业所", "Business office"),
            new FormChoice("design-office", "设计室", "Design office"),
            new FormChoice("construction", "施工单位", "Construction unit")).When("solvedOnSpot", false),
        Multiline("reply", "答复内容", "Reply to the customer", required: false),
    ]);

    public static readonly TaskForm ComplaintResolution = new("complaint-resolution", "投诉处理结果", "Complaint resolution",
    [
        Multiline("resolution", "处理结果", "What was done"),
        Boolean("utilityAtFault", "属我方责任", "The utility was at fault"),
    ]);

    public static readonly TaskForm ComplaintReply = new("complaint-reply", "答复客户", "Reply to the customer",
    [
        Multiline("reply", "答复内容", "Reply"),
    ]);

    public static readonly TaskForm Appointment = new("appointment", "预约上门", "Book the on-site visit",
    [
        Date("appointmentDate", "上门日期", "Visit date", FormDateSense.Upcoming),
        Choice("timeSlot", "时段", "Time slot",
            new FormChoice("morning", "上午", "Morning"),
            new FormChoice("afternoon", "下午", "Afternoon")),
    ]);

    public static readonly TaskForm RepairDone = new("repair-done", "维修完成", "Repair done",
    [
        Boolean("repaired", "已修复", "Repaired"),
        Multiline("repairNote", "维修情况", "What was repaired"),
    ]);

    public static IReadOnlyList<TaskForm> All { get; } =
        [FollowUpCall, ComplaintIntake, ComplaintResolution, ComplaintReply, Appointment, RepairDone];
}
