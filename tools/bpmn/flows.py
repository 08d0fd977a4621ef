"""The request flows of seeds 000-004. Run `python3 tools/bpmn/flows.py` to rewrite workflows/*.bpmn."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from flowgen import Flow  # noqa: E402
from blocks import (SC, DUTY, OFFICE, OFFICE_MGR, DESIGN, BUILD, LEADER, VP,  # noqa: E402
                    status, refuse, intake, arrears_gate, fee, escalate,
                    deadline, passed_or_rectify, signed_or_wait, withdraw, REFUND_OWED)
from flowgen import service_xml, user_xml, gateway_xml, compensation_throw_xml, end_xml  # noqa: E402

USER, CENTER, BRANCH, DESIGNS, BUILDS, LEADERS = (
    ("user", "用户"), ("sc", "客服中心"), ("office", "营业所"), ("design", "设计室"), ("build", "施工单位"), ("leader", "公司领导"))


def new_connection():
    f = Flow("new_connection", "新装接水", [USER, CENTER, BRANCH, DESIGNS, BUILDS, LEADERS])
    gate, col = intake(f)
    gate, col = arrears_gate(f, gate, col)                                  # col 4-6
    f.user("Survey", "现场勘查", DESIGN, "survey", "design", 7, due="P7D", working=True)
    f.gateway("Feasible", "符合条件？", "design", 8, default="Flow_Feasible_RejectSurvey")
    refuse(f, "RejectSurvey", "不符合接水条件", "现场勘查不符合接水条件", "design", 8, 1)
    f.user("Design", "制订设计方案", DESIGN, "design", "design", 9, due="P5D", working=True)
    f.gateway("PermitsNeeded", "需办定线、掘路手续？", "design", 10, default="Flow_PermitsNeeded_Budget")
    f.user("PermitsReceived", "用户办理定线、掘路手续", SC, "permits-received", "sc", 10)
    f.user("Budget", "工程预算", DESIGN, "budget", "design", 11, due="P5D", working=True)
    f.user("LeaderApproval", "主管领导审批预算", LEADER, "approval", "leader", 12, due="P3D", working=True)
    f.gateway("LeaderApproved", "同意？", "leader", 13, default="Flow_LeaderApproved_Budget")
    f.service("CreateAccount", "立户（户号）", "water.createAccount", "sc", 14)
    last, col = fee(f, "CreateAccount", 15, "LargeVolumeWater3Months", fee_name="收取接水工程款")   # 15-19
    deadline(f, "ConstructionClock", "施工期限：缴费起30天", "constructionDueBy", "P30D", "sc", 20)
    f.user("ConstructionAgreement", "签署施工协议", SC, "construction-agreement", "sc", 21, due="P2D", working=True)
    signed_or_wait(f, "ConstructionAgreement", "agreementSigned", "ConstructionOrder", "sc", 22, 1, 22, what="施工协议")
    f.user("ConstructionOrder", "下达施工任务", DESIGN, "construction-order", "design", 23, due="P2D", working=True)
    f.user("Construction", "组织施工", BUILD, "construction-done", "build", 24, inputs={"dueBy": "=constructionDueBy"})
    deadline(f, "MeterCardClock", "转表卡期限：完工起30天", "meterCardDueBy", "P30D", "build", 25, start="=completedOn")
    f.user("Acceptance", "联合验收、工程决算", DESIGN, "acceptance", "design", 26, due="P5D", working=True)
    passed_or_rectify(f, "Acceptance", "SupplyAgreementDone", "design", 26, 1, 27,
                      rectify_from=[("VicePresidentApproved", "副总不同意，整改", "Flow_VicePresidentApproved_Rectify")])
    f.gateway("SupplyAgreementDone", "供用水协议已签？", "sc", 28, default="Flow_SupplyAgreementDone_SupplyAgreement")
    f.user("SupplyAgreement", "签署供用水协议", SC, "supply-agreement", "sc", 29, due="P2D", working=True)
    signed_or_wait(f, "SupplyAgreement", "supplyAgreementSigned", "ApprovalRoute", "sc", 30, 1, 30, what="供用水协议")
    f.service("ApprovalRoute", "决算10万元以上工程？", "water.approvalRoute", "leader", 31,
              headers={"vpThreshold": "100000"}, inputs={"amount": "=finalAmount"})
    f.gateway("NeedsVicePresident", "须副总审核？", "leader", 32, default="Flow_NeedsVicePresident_MeterCard")
    f.user("VicePresidentApproval", "分管副总经理审核", VP, "approval", "leader", 32, row=1, due="P3D", working=True)
    f.gateway("VicePresidentApproved", "同意通水？", "leader", 33, row=1, default="Flow_VicePresidentApproved_Rectify")
    f.user("MeterCard", "转表卡", BUILD, "meter-card", "build", 34, inputs={"dueBy": "=meterCardDueBy"})
    f.service("InstallMeter", "立户建档、开始抄表", "water.installMeter", "office", 35, headers={"role": "Household"})
    f.service("ScheduleDepositRefund", "安排押金退还", "water.scheduleDepositRefund", "office", 36)
    status(f, "Complete", "办结", "sc", 37, status="Completed", text="已通水，立户建档完成")
    f.end("Done", "已通水", "sc", 38)
    withdraw(f, "sc", 22, 5)
    f.seq(gate, "Survey", "无欠费", when="=arrears == 0")
    f.seq("Survey", "Feasible")
    f.seq("Feasible", "Design", "符合", when="=feasible == true")
    f.seq("Feasible", "RejectSurvey", "不符合", id="Flow_Feasible_RejectSurvey")
    f.seq("Design", "PermitsNeeded")
    f.seq("PermitsNeeded", "PermitsReceived", "需办手续", when="=permitsNeeded == true")
    f.seq("PermitsNeeded", "Budget", "无需手续", id="Flow_PermitsNeeded_Budget")
    f.seq("PermitsReceived", "Budget", "手续齐全")
    f.seq("Budget", "LeaderApproval")
    f.seq("LeaderApproval", "LeaderApproved")
    f.seq("LeaderApproved", "CreateAccount", "同意", when="=approved == true")
    f.seq("LeaderApproved", "Budget", "退回重做预算", id="Flow_LeaderApproved_Budget")
    for a, b in [(last, "ConstructionClock"), ("ConstructionClock", "ConstructionAgreement"), ("ConstructionOrder", "Construction"),
                 ("Construction", "MeterCardClock"), ("MeterCardClock", "Acceptance"),
                 ("ApprovalRoute", "NeedsVicePresident"), ("VicePresidentApproval", "VicePresidentApproved"),
                 ("MeterCard", "InstallMeter"), ("InstallMeter", "ScheduleDepositRefund"),
                 ("ScheduleDepositRefund", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    f.seq("SupplyAgreementDone", "ApprovalRoute", "已签（整改后复验）", when="=typeof supplyAgreementSigned !== 'undefined' && supplyAgreementSigned == true")
    f.seq("SupplyAgreementDone", "SupplyAgreement", "未签", id="Flow_SupplyAgreementDone_SupplyAgreement")
    f.seq("NeedsVicePresident", "VicePresidentApproval", "决算10万元及以上", when="=needsVicePresident == true")
    f.seq("NeedsVicePresident", "MeterCard", "决算10万元以下", id="Flow_NeedsVicePresident_MeterCard")
    f.seq("VicePresidentApproved", "MeterCard", "同意通水", when="=approved == true")
    escalate(f, "Survey", "P7D", DUTY, "sc", 3, working=True, what="现场勘查超时")
    escalate(f, "Design", "P5D", DUTY, "sc", 3, working=True, what="设计超时")
    escalate(f, "Budget", "P5D", DUTY, "sc", 3, working=True, what="预算超时")
    escalate(f, "Construction", "=constructionDueBy", DUTY, "sc", 3, what="缴费后30天未完工")
    escalate(f, "MeterCard", "=meterCardDueBy", DUTY, "sc", 3, what="完工30天内未转表卡")
    withdrawal(f, "user", 8, 1)
    return f


def withdrawal(f, lane, col, row):
    """The customer may withdraw the request at any step: an interrupting message event sub-process
    (message request-withdrawn, keyed by the request number) stops all open work and closes the request,
    then throws compensation: the handlers of the fee and deposit steps that had completed put what was paid
    on the refund (deposit first, each once), and the business office pays it back and the ledger records it.
    Withdrawn before paying, nothing is refunded."""
    ref = f._message("request-withdrawn")
    status_xml = service_xml("MarkWithdrawn", "登记撤回", "water.updateRequestStatus",
                             headers={"status": "Cancelled", "text": "用户撤回申请"})
    f.event_subprocess("Withdrawal", "用户撤回申请", lane, col, row,
                       start=("WithdrawalRequested", "用户申请撤回", f'<bpmn:messageEventDefinition messageRef="{ref}" />'),
                       steps=[("MarkWithdrawn", status_xml),
                              ("CompensateWithdrawal", compensation_throw_xml("CompensateWithdrawal", "退还已收费用和押金")),
                              ("WithdrawalRefundOwed", gateway_xml("WithdrawalRefundOwed", "已缴费用？",
                                                                   "Flow_WithdrawalRefundOwed_WithdrawalClosed"))],
                       end=("WithdrawalClosed", "已撤回"),
                       branch=[("RefundWithdrawal", user_xml("RefundWithdrawal", "退还已缴费用", OFFICE, "fee-refund-paid",
                                                             due="P5D", working=True), 3, 1),
                               ("RecordWithdrawalRefund", service_xml("RecordWithdrawalRefund", "登记退费",
                                                                      "water.recordWithdrawalRefund"), 4, 1),
                               ("WithdrawalRefunded", end_xml("WithdrawalRefunded", "已撤回并退费"), 5, 1)],
                       flows=[dict(source="WithdrawalRefundOwed", target="RefundWithdrawal", name="已缴，转退款", when=REFUND_OWED),
                              dict(source="RefundWithdrawal", target="RecordWithdrawalRefund"),
                              dict(source="RecordWithdrawalRefund", target="WithdrawalRefunded")])


def household_meter_retrofit():
    f = Flow("household_meter_retrofit", "一户一表改造", [USER, CENTER, BRANCH, DESIGNS, BUILDS])
    gate, col = intake(f)
    gate, col = arrears_gate(f, gate, col)                                  # 4-6
    f.user("OfficeApproval", "营业所主管领导审批", OFFICE_MGR, "approval", "office", 7, due="P2D", working=True)
    f.gateway("OfficeApproved", "同意？", "office", 8, default="Flow_OfficeApproved_RejectOffice")
    refuse(f, "RejectOffice", "营业所不同意", "营业所主管领导未批准", "office", 8, 1)
    f.service("HandOffDeadline", "当日17:00截止", "water.sameDayCutOff", "sc", 9, headers={"cutOff": "17:00"})
    f.user("HandOffToDesign", "录入资料并转设计室（当日17:00前）", SC, "hand-off-to-design", "sc", 10, inputs={"dueBy": "=handOffBy"})
    f.user("Survey", "现场勘查", DESIGN, "survey", "design", 11, due="P7D", working=True)
    f.gateway("Feasible", "符合安装条件？", "design", 12, default="Flow_Feasible_RejectSurvey")
    refuse(f, "RejectSurvey", "不符合安装条件（原因反馈用户）", "现场勘查不符合安装条件", "design", 12, 1)
    f.user("Quote", "核定安装费用及押金", DESIGN, "retrofit-quote", "design", 13, due="P2D", working=True)
    last, col = fee(f, "Quote", 14, "HouseholdRetrofit30Days", fee_name="收取户表安装费")   # 14-18
    deadline(f, "ConstructionClock", "施工期限：缴费起30天", "constructionDueBy", "P30D", "sc", 19)
    f.user("InstallationAgreement", "签署户表安装协议", SC, "construction-agreement", "sc", 20, due="P2D", working=True)
    signed_or_wait(f, "InstallationAgreement", "agreementSigned", "Construction", "sc", 21, 1, 21, what="户表安装协议")
    f.user("Construction", "组织施工", BUILD, "construction-done", "build", 22, inputs={"dueBy": "=constructionDueBy"})
    f.user("Acceptance", "联合验收", DESIGN, "acceptance", "design", 23, due="P5D", working=True)
    passed_or_rectify(f, "Acceptance", "MeterCard", "design", 23, 1, 24)
    f.user("MeterCard", "表卡转设计室（每7天）", BUILD, "meter-card", "build", 25, due="P7D")
    f.user("CardsToOffice", "查对表卡并转营业所（一周内）", DESIGN, "cards-forwarded", "design", 26, due="P7D")
    f.service("InstallMeter", "上卡抄收", "water.installMeter", "office", 27, headers={"role": "Household"})
    f.service("ScheduleFollowUpCall", "安排回访", "water.scheduleFollowUpCall", "sc", 28, headers={"withinWorkingDays": "2"})
    f.user("FollowUpCall", "客服回访", SC, "follow-up-call", "sc", 29, due="P2D", working=True)
    f.service("RecordFollowUpCall", "记录回访结果", "water.recordFollowUpCall", "sc", 30)
    f.user("SupplyAgreement", "签署供水协议", SC, "supply-agreement", "sc", 31, due="P2D", working=True)
    signed_or_wait(f, "SupplyAgreement", "supplyAgreementSigned", "ScheduleDepositRefund", "sc", 32, 1, 32, what="供水协议")
    f.service("ScheduleDepositRefund", "安排押金退还（通水30天）", "water.scheduleDepositRefund", "office", 33,
              headers={"retrofitRefundDays": "30"})
    f.user("DepositRefundNotice", "通知用户退还押金", OFFICE, "deposit-refund-notice", "office", 34, due="P30D")
    status(f, "Complete", "办结", "sc", 35, status="Completed", text="一户一表改造完成，已通水")
    f.end("Done", "已通水", "sc", 36)
    withdraw(f, "sc", 21, 5)
    f.seq(gate, "OfficeApproval", "无欠费", when="=arrears == 0")
    f.seq("OfficeApproval", "OfficeApproved")
    f.seq("OfficeApproved", "HandOffDeadline", "同意", when="=approved == true")
    f.seq("OfficeApproved", "RejectOffice", "不同意", id="Flow_OfficeApproved_RejectOffice")
    f.seq("HandOffDeadline", "HandOffToDesign")
    f.seq("HandOffToDesign", "Survey")
    f.seq("Survey", "Feasible")
    f.seq("Feasible", "Quote", "符合", when="=feasible == true")
    f.seq("Feasible", "RejectSurvey", "不符合", id="Flow_Feasible_RejectSurvey")
    for a, b in [(last, "ConstructionClock"), ("ConstructionClock", "InstallationAgreement"), ("Construction", "Acceptance"),
                 ("MeterCard", "CardsToOffice"), ("CardsToOffice", "InstallMeter"),
                 ("InstallMeter", "ScheduleFollowUpCall"), ("ScheduleFollowUpCall", "FollowUpCall"),
                 ("FollowUpCall", "RecordFollowUpCall"), ("RecordFollowUpCall", "SupplyAgreement"),
                 ("ScheduleDepositRefund", "DepositRefundNotice"),
                 ("DepositRefundNotice", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    f.timer("HandOffLate", "17:00未转", "HandOffToDesign", date="=handOffBy")
    f.user("EscalateHandOffToDesign", "督办：当日17:00前未转设计室", DUTY, "escalation", "sc", 10, row=3, due="P1D", working=True)
    f.end("EscalatedHandOffToDesign", "已督办", "sc", 10, row=4)
    f.seq("HandOffLate", "EscalateHandOffToDesign")
    f.seq("EscalateHandOffToDesign", "EscalatedHandOffToDesign")
    escalate(f, "Survey", "P7D", DUTY, "sc", 3, working=True, what="现场勘查超时")
    escalate(f, "Construction", "=constructionDueBy", DUTY, "sc", 3, what="缴费后30天未完工")
    escalate(f, "MeterCard", "P7D", DUTY, "sc", 3, what="表卡未按周转设计室")
    escalate(f, "CardsToOffice", "P7D", DUTY, "sc", 3, what="表卡一周内未转营业所")
    escalate(f, "DepositRefundNotice", "P30D", OFFICE_MGR, "office", 3, what="通水30天内未通知退押金")
    withdrawal(f, "user", 8, 1)
    return f


def ownership_transfer():
    f = Flow("ownership_transfer", "过户（更名）", [USER, CENTER, BRANCH])
    gate, col = intake(f)
    gate, col = arrears_gate(f, gate, col)                                  # 4-6
    f.gateway("TransferKind", "开发企业过户给居民？", "sc", 7, default="Flow_TransferKind_DutyApproval")
    f.user("DutyApproval", "客服中心值班经理审核", DUTY, "approval", "sc", 8, row=3, due="P1D", working=True)
    f.gateway("DutyApproved", "同意？", "sc", 9, row=3, default="Flow_DutyApproved_RejectDuty")
    refuse(f, "RejectDuty", "值班经理不同意", "客服中心值班经理未批准过户", "sc", 9, 4)
    f.user("DeveloperSurvey", "营业所现场勘查", OFFICE, "developer-survey", "office", 8, due="P5D", working=True)
    f.user("ManagerApproval", "营业所经理审核", OFFICE_MGR, "approval", "office", 9, due="P2D", working=True)
    f.gateway("ManagerApproved", "同意？", "office", 10, default="Flow_ManagerApproved_RejectManager")
    refuse(f, "RejectManager", "营业所经理不同意", "营业所经理未批准过户", "office", 10, 1)
    last, col = fee(f, "ManagerApproved", 11, "DeveloperTransfer3Cycles", flow_name="同意", when="=approved == true",
                    fee_name="收取3个缴费周期押金")                        # 11-15
    f.user("SupplyAgreement", "重新签署供用水协议", SC, "supply-agreement", "sc", 16, due="P2D", working=True)
    signed_or_wait(f, "SupplyAgreement", "supplyAgreementSigned", "ChangeOwner", "sc", 17, 1, 17, what="供用水协议（户名不变更）")
    f.service("ChangeOwner", "变更用户信息", "water.changeOwner", "office", 18)
    f.service("ScheduleDepositRefund", "安排押金退还（3个缴费周期）", "water.scheduleDepositRefund", "office", 19,
              headers={"developerTransferCycles": "3"})
    f.service("NotifyDone", "通知用户", "water.notifyCustomer", "sc", 20, headers={"template": "application-received"})
    status(f, "Complete", "办结", "sc", 21, status="Completed", text="过户完成")
    f.end("Done", "已过户", "sc", 22)
    withdraw(f, "sc", 17, 5)
    f.seq(gate, "TransferKind", "无欠费", when="=arrears == 0")
    f.seq("TransferKind", "DeveloperSurvey", "开发企业过户", when="=applicantKind == 'Developer'")
    f.seq("TransferKind", "DutyApproval", "通常过户", id="Flow_TransferKind_DutyApproval")
    f.seq("DutyApproval", "DutyApproved")
    f.seq("DutyApproved", "SupplyAgreement", "同意", when="=approved == true")
    f.seq("DutyApproved", "RejectDuty", "不同意", id="Flow_DutyApproved_RejectDuty")
    f.seq("DeveloperSurvey", "ManagerApproval")
    f.seq("ManagerApproval", "ManagerApproved")
    f.seq("ManagerApproved", "RejectManager", "不同意", id="Flow_ManagerApproved_RejectManager")
    for a, b in [(last, "SupplyAgreement"), ("ChangeOwner", "ScheduleDepositRefund"),
                 ("ScheduleDepositRefund", "NotifyDone"), ("NotifyDone", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    escalate(f, "DeveloperSurvey", "P5D", OFFICE_MGR, "office", 3, working=True, what="现场勘查超时")
    withdrawal(f, "user", 16, 1)
    return f


def suspension():
    f = Flow("suspension", "报停", [USER, CENTER, BRANCH])
    gate, col = intake(f)
    gate, col = arrears_gate(f, gate, col)                                  # 4-6
    f.user("FinalReading", "现场抄表（末次读数）", OFFICE, "meter-reading", "office", 7, due="P2D", working=True)
    f.service("SuspendSupply", "停水、停止计费", "water.suspendSupply", "office", 8)
    f.service("NotifySuspended", "通知用户", "water.notifyCustomer", "sc", 9, headers={"template": "application-received"})
    status(f, "Complete", "办结", "sc", 10, status="Completed", text="已报停，停止计费")
    f.end("Done", "已报停", "sc", 11)
    f.seq(gate, "FinalReading", "无欠费", when="=arrears == 0")
    for a, b in [("FinalReading", "SuspendSupply"), ("SuspendSupply", "NotifySuspended"), ("NotifySuspended", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    escalate(f, "FinalReading", "P2D", OFFICE_MGR, "office", 3, working=True, what="报停抄表超时")
    return f


def restoration():
    f = Flow("restoration", "恢复用水", [USER, CENTER, BRANCH])
    gate, col = intake(f)
    gate, col = arrears_gate(f, gate, col)                                  # 4-6
    f.user("FirstReading", "恢复供水（首次读数）", OFFICE, "meter-reading", "office", 7, due="P1D")
    f.service("RestoreSupply", "恢复供水、恢复计费", "water.restoreSupply", "office", 8)
    f.service("NotifyRestored", "通知用户", "water.notifyCustomer", "sc", 9, headers={"template": "application-received"})
    status(f, "Complete", "办结", "sc", 10, status="Completed", text="已恢复用水")
    f.end("Done", "已恢复", "sc", 11)
    f.seq(gate, "FirstReading", "无欠费", when="=arrears == 0")
    for a, b in [("FirstReading", "RestoreSupply"), ("RestoreSupply", "NotifyRestored"), ("NotifyRestored", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    escalate(f, "FirstReading", "P1D", OFFICE_MGR, "office", 3, what="缴费后24小时内未恢复供水")
    return f


def complaint():
    f = Flow("complaint", "投诉", [USER, CENTER, BRANCH])
    f.start("Submitted", "来电/来访投诉", "user", 0)
    status(f, "Accept", "受理", "sc", 1, text="客服中心受理投诉")
    f.user("TakeComplaint", "倾听、解释、致歉", SC, "complaint-intake", "sc", 2, due="P1D", working=True)
    f.gateway("SolvedOnSpot", "当场解决？", "sc", 3, default="Flow_SolvedOnSpot_Resolve")
    f.user("Resolve", "责任部门处理", "=department", "complaint-resolution", "office", 3, due="P3D", working=True)
    f.user("Reply", "跟踪并答复客户", SC, "complaint-reply", "sc", 4, row=1, due="P1D", working=True)
    f.service("RecordResolution", "记录处理结果", "water.recordComplaintResolution", "sc", 5)
    f.service("ScheduleFollowUpCall", "安排回访", "water.scheduleFollowUpCall", "sc", 6, headers={"withinWorkingDays": "2"})
    f.user("FollowUpCall", "回访", SC, "follow-up-call", "sc", 7, due="P2D", working=True)
    f.service("RecordFollowUpCall", "记录回访结果", "water.recordFollowUpCall", "sc", 8)
    status(f, "Complete", "办结", "sc", 9, status="Completed", text="投诉已处理并答复")
    f.end("Done", "已办结", "sc", 10)
    f.seq("Submitted", "Accept")
    f.seq("Accept", "TakeComplaint")
    f.seq("TakeComplaint", "SolvedOnSpot")
    f.seq("SolvedOnSpot", "RecordResolution", "当场解决", when="=solvedOnSpot == true")
    f.seq("SolvedOnSpot", "Resolve", "转责任部门", id="Flow_SolvedOnSpot_Resolve")
    f.seq("Resolve", "Reply")
    f.seq("Reply", "RecordResolution")
    for a, b in [("RecordResolution", "ScheduleFollowUpCall"), ("ScheduleFollowUpCall", "FollowUpCall"),
                 ("FollowUpCall", "RecordFollowUpCall"), ("RecordFollowUpCall", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    escalate(f, "Resolve", "P3D", DUTY, "sc", 2, working=True, what="投诉处理超时")
    return f


def repair():
    f = Flow("repair", "报修", [USER, CENTER, BRANCH, BUILDS])
    f.start("Submitted", "热线报修", "user", 0)
    status(f, "Accept", "受理", "sc", 1, text="热线受理报修")
    f.user("Appointment", "预约上门时间", SC, "appointment", "sc", 2, due="PT2H")
    f.service("BookAppointment", "预约上门", "water.bookAppointment", "sc", 3)
    f.service("NotifyAppointment", "通知用户预约时间", "water.notifyCustomer", "sc", 4, headers={"template": "appointment-booked"})
    f.user("Repair", "上门维修", BUILD, "repair-done", "build", 5, due="PT24H")
    f.gateway("Repaired", "已修复？", "build", 6, default="Flow_Repaired_Appointment")
    f.service("ScheduleFollowUpCall", "安排回访", "water.scheduleFollowUpCall", "sc", 7, headers={"withinWorkingDays": "1"})
    f.user("FollowUpCall", "回访", SC, "follow-up-call", "sc", 8, due="P1D", working=True)
    f.service("RecordFollowUpCall", "记录回访结果", "water.recordFollowUpCall", "sc", 9)
    status(f, "Complete", "办结", "sc", 10, status="Completed", text="已修复")
    f.end("Done", "已修复", "sc", 11)
    for a, b in [("Submitted", "Accept"), ("Accept", "Appointment"), ("Appointment", "BookAppointment"),
                 ("BookAppointment", "NotifyAppointment"), ("NotifyAppointment", "Repair"), ("Repair", "Repaired"),
                 ("ScheduleFollowUpCall", "FollowUpCall"), ("FollowUpCall", "RecordFollowUpCall"),
                 ("RecordFollowUpCall", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    f.seq("Repaired", "ScheduleFollowUpCall", "已修复", when="=repaired == true")
    f.seq("Repaired", "Appointment", "再次预约", id="Flow_Repaired_Appointment")
    escalate(f, "Repair", "PT24H", DUTY, "sc", 2, what="小修24小时内未完成")
    return f


def low_income_relief():
    f = Flow("low_income_relief", "低保（特困）用水优惠", [USER, CENTER, BRANCH])
    gate, col = intake(f)
    f.user("ReliefReview", "审核低保（特困）证件", OFFICE, "relief-review", "office", 4, due="P3D", working=True)
    f.gateway("ReliefApproved", "符合条件？", "office", 5, default="Flow_ReliefApproved_RejectRelief")
    refuse(f, "RejectRelief", "不符合优惠条件", "证件无效或不符合低保（特困）优惠条件", "office", 5, 1)
    f.service("ApplyRelief", "自下次抄表起优惠", "water.applyRelief", "office", 6, headers={"discountPerM3": "0.20"})
    f.service("NotifyGranted", "通知用户", "water.notifyCustomer", "sc", 7, headers={"template": "application-received"})
    status(f, "Complete", "办结", "sc", 8, status="Completed", text="已办理低保（特困）用水优惠")
    f.end("Done", "已办理", "sc", 9)
    f.seq(gate, "ReliefReview", "资料齐全", when="=outcome == 'complete'")
    f.seq("ReliefReview", "ReliefApproved")
    f.seq("ReliefApproved", "ApplyRelief", "符合", when="=approved == true")
    f.seq("ReliefApproved", "RejectRelief", "不符合", id="Flow_ReliefApproved_RejectRelief")
    for a, b in [("ApplyRelief", "NotifyGranted"), ("NotifyGranted", "Complete"), ("Complete", "Done")]:
        f.seq(a, b)
    escalate(f, "ReliefReview", "P3D", OFFICE_MGR, "office", 3, working=True, what="低保审核超时")
    return f


def deposit_refund():
    f = Flow("deposit_refund", "押金退还", [BRANCH])
    f.start("RefundDue", "押金到期", "office", 0)
    f.user("RefundDeposit", "退还押金", OFFICE, "deposit-refund-paid", "office", 1, due="P5D", working=True)
    f.service("MarkRefunded", "登记退款", "water.markDepositRefunded", "office", 2)
    f.end("Refunded", "押金已退还", "office", 3)
    for a, b in [("RefundDue", "RefundDeposit"), ("RefundDeposit", "MarkRefunded"), ("MarkRefunded", "Refunded")]:
        f.seq(a, b)
    return f


FLOWS = {"new-connection": new_connection, "household-meter-retrofit": household_meter_retrofit,
         "ownership-transfer": ownership_transfer, "suspension": suspension, "restoration": restoration,
         "complaint": complaint, "repair": repair, "low-income-relief": low_income_relief,
         "deposit-refund": deposit_refund}

if __name__ == "__main__":
    target = pathlib.Path(__file__).resolve().parents[2] / "workflows"
    target.mkdir(exist_ok=True)
    for file, build in FLOWS.items():
        (target / f"{file}.bpmn").write_text(build().xml(), encoding="utf-8")
        print(f"workflows/{file}.bpmn")
