"""Steps every request flow shares: intake, the document checklist, the arrears gate, fee collection,
and SLA escalation. Each takes the column it starts in and returns the id the flow goes on from."""

SC, DUTY, OFFICE, OFFICE_MGR = "service-center", "duty-manager", "business-office", "business-office-manager"
DESIGN, BUILD, LEADER, VP = "design-office", "construction", "leader", "vice-president"


def status(f, id, name, lane, col, row=0, status="InProgress", text="", inputs=None):
    f.service(id, name, "water.updateRequestStatus", lane, col, row, headers={"status": status, "text": text}, inputs=inputs)


def refuse(f, id, name, text, lane, col, row):
    """A refusal below a gateway: the request is rejected with the reason and the flow ends."""
    status(f, id, name, lane, col, row, status="Rejected", text=text)
    f.end(id + "End", "不予办理", lane, col + 1, row)
    f.seq(id, id + "End")


def intake(f, lane="sc", user_lane="user"):
    """Columns 0-3: start, accept, verify documents (with the loop for missing ones). Returns (last, next col)."""
    f.start("Submitted", "提交申请", user_lane, 0)
    status(f, "Accept", "受理", lane, 1, text="客服中心受理申请")
    f.service("VerifyDocuments", "审核资料", "water.verifyDocuments", lane, 2)
    f.gateway("DocumentsComplete", "资料齐全？", lane, 3, default="Flow_DocumentsComplete_Supplement")
    f.user("SupplementDocuments", "补齐资料", SC, "supplement-documents", lane, 3, row=1, due="P5D", working=True)
    f.gateway("Supplied", "已补齐？", lane, 4, row=1, default="Flow_Supplied_RejectDocuments")
    refuse(f, "RejectDocuments", "资料不全，不予办理", "申请资料不全，不予办理", lane, 4, 2)
    f.seq("Submitted", "Accept")
    f.seq("Accept", "VerifyDocuments")
    f.seq("VerifyDocuments", "DocumentsComplete")
    f.seq("DocumentsComplete", "SupplementDocuments", "缺资料", id="Flow_DocumentsComplete_Supplement")
    f.seq("SupplementDocuments", "Supplied")
    f.seq("Supplied", "VerifyDocuments", "已补齐", when="=documentsComplete == true")
    f.seq("Supplied", "RejectDocuments", "无法补齐", id="Flow_Supplied_RejectDocuments")
    return "DocumentsComplete", 4


def arrears_gate(f, came_from, col, lane="office", flow_name="资料齐全", when="=outcome == 'complete'"):
    """Check arrears; while anything is owed the customer settles at the service center (or a payment
    callback arrives) and the check runs again. Returns (gateway id, next col)."""
    f.service("CheckArrears", "核查欠费", "water.checkArrears", lane, col)
    f.gateway("ArrearsClear", "有欠费？", lane, col + 1, default="Flow_ArrearsClear_Settle")
    f.user("SettleArrears", "结清欠费", SC, "settle-arrears", lane, col + 1, row=1, due="P5D", working=True)
    f.message_boundary("ArrearsPaid", "欠费已缴清", "SettleArrears", "arrears-settled")
    f.gateway("Settled", "已结清？", lane, col + 2, row=1, default="Flow_Settled_RejectArrears")
    refuse(f, "RejectArrears", "欠费未结清，不予办理", "欠费未结清，不予办理", lane, col + 2, 2)
    f.seq(came_from, "CheckArrears", flow_name, when=when)
    f.seq("CheckArrears", "ArrearsClear")
    f.seq("ArrearsClear", "SettleArrears", "有欠费", id="Flow_ArrearsClear_Settle")
    f.seq("SettleArrears", "Settled")
    f.seq("ArrearsPaid", "CheckArrears", "缴费回调")
    f.seq("Settled", "CheckArrears", "已结清", when="=arrearsSettled == true")
    f.seq("Settled", "RejectArrears", "拒绝结清", id="Flow_Settled_RejectArrears")
    return "ArrearsClear", col + 3


def fee(f, came_from, col, deposit_kind, lane="sc", user_lane="user", flow_name=None, when=None, fee_name="收取费用"):
    """Bill the fee (with any deposit), wait for the payment unless credit already paid it, hold the
    deposit. Both steps are compensable: a withdrawal (see `withdraw` and the flows' withdrawal event
    sub-process) throws compensation, and their handlers, drawn below them, put what was actually paid
    on the refund (the deposit first, then the fee: reverse order). Returns (last id, next col)."""
    f.service("CollectFee", fee_name, "water.collectFee", lane, col)
    f.compensation("CollectFeeCompensation", "撤回时退费", "CollectFee", "RefundFeePaid")
    f.service("RefundFeePaid", "核对已缴费用（撤回退费）", "water.paidFeesToRefund", lane, col, row=1,
              headers={"part": "fee"}, compensation=True)
    f.service("NotifyFeeDue", "通知缴费", "water.notifyCustomer", lane, col + 1, headers={"template": "fee-due"})
    f.gateway("FeeOutstanding", "待缴费？", lane, col + 2, default="Flow_FeeOutstanding_TakeDeposit")
    f.receive("PaymentReceived", "用户缴费", "payment-received", user_lane, col + 3)
    f.service("TakeDeposit", "收取押金", "water.takeDeposit", lane, col + 4, headers={"kind": deposit_kind})
    f.compensation("TakeDepositCompensation", "撤回时退押金", "TakeDeposit", "RefundDepositHeld")
    f.service("RefundDepositHeld", "押金转退还（撤回）", "water.paidFeesToRefund", lane, col + 4, row=1,
              headers={"part": "deposit"}, compensation=True)
    f.seq(came_from, "CollectFee", flow_name, when=when)
    f.seq("CollectFee", "NotifyFeeDue")
    f.seq("NotifyFeeDue", "FeeOutstanding")
    f.seq("FeeOutstanding", "PaymentReceived", "待缴", when="=feeDue > 0")
    f.seq("FeeOutstanding", "TakeDeposit", "已由余额缴清", id="Flow_FeeOutstanding_TakeDeposit")
    f.seq("PaymentReceived", "TakeDeposit")
    return "TakeDeposit", col + 5


def escalate(f, task, due, manager, lane, row, working=False, what="", lane_of_task=None):
    """A non-interrupting timer on the task: when it is overdue the manager gets a task of their own,
    and the work itself goes on. `due` is a duration from the task's start, or `=variable` holding the
    moment the seed's clock ends (see `deadline`)."""
    col = next(n["col"] for n in f.nodes if n["id"] == task)
    if due.startswith("="):
        f.timer(task + "Overdue", "超时", task, date=due)
    else:
        f.timer(task + "Overdue", "超时", task, duration=due, working=working)
    f.user("Escalate" + task, "督办：" + what, manager, "escalation", lane, col, row=row, due="P1D", working=True)
    f.end("Escalated" + task, "已督办", lane, col, row=row + 1)
    f.seq(task + "Overdue", "Escalate" + task)
    f.seq("Escalate" + task, "Escalated" + task)


def deadline(f, id, name, output, duration, lane, col, row=0, start=None):
    """A service task that writes the moment a later step falls due (ISO date-time) into `output`, counted
    from `start` (a date variable, e.g. the completion date) or else from now. The step's task reads it as
    its `dueBy` input and its escalation timer as a timeDate, so the clock starts where the seed says."""
    f.service(id, name, "water.deadline", lane, col, row, headers={"duration": duration, "output": output},
              inputs={"from": start} if start else None)


def passed_or_rectify(f, task, next_id, lane, col, row, gate_col, gate_row=0, rectify_from=None):
    """Joint acceptance with both answers: passed goes on; failed sends the works back to the construction
    unit for rectification, and the rectified works are accepted again."""
    gate = task + "Passed"
    f.gateway(gate, "验收合格？", lane, gate_col, gate_row, default=f"Flow_{gate}_Rectify")
    f.user("Rectify", "施工单位整改", BUILD, "rectification", "build", col, row=row, due="P10D", working=True)
    f.seq(task, gate)
    f.seq(gate, next_id, "合格", when="=accepted == true")
    f.seq(gate, "Rectify", "不合格，整改", id=f"Flow_{gate}_Rectify")
    f.seq("Rectify", task, "整改完成，重新验收")
    for source in rectify_from or []:
        f.seq(source[0], "Rectify", source[1], id=source[2])
    return gate


def signed_or_wait(f, task, signed, next_id, lane, col, row, gate_col, gate_row=0, what="协议"):
    """An agreement with both answers: signed goes on; unsigned waits at the service center (a reminder
    after 3 working days) until the customer signs or withdraws. Withdrawal goes to the flow's `Withdraw`."""
    gate, wait, outcome = task + "Signed", "Await" + task, task + "Outcome"
    f.gateway(gate, "已签署？", lane, gate_col, gate_row, default=f"Flow_{gate}_{wait}")
    f.user(wait, f"等待用户签署{what}", SC, "agreement-follow-up", "sc", col, row=row, due="P5D", working=True)
    f.gateway(outcome, "签署或撤回？", "sc", col + 1, row=row, default=f"Flow_{outcome}_Withdraw")
    f.seq(task, gate)
    f.seq(gate, next_id, "已签署", when=f"={signed} == true")
    f.seq(gate, wait, "未签署", id=f"Flow_{gate}_{wait}")
    f.seq(wait, outcome)
    f.seq(outcome, next_id, "用户已签署", when="=agreementOutcome == 'signed'")
    f.seq(outcome, "Withdraw", "用户撤回申请", id=f"Flow_{outcome}_Withdraw")
    f.timer(wait + "Reminder", "3个工作日未签", wait, duration="P3D", working=True)
    f.user("Remind" + task, f"提醒：用户尚未签署{what}，请联系用户", SC, "escalation", "sc", col, row=row + 1, due="P1D", working=True)
    f.end("Reminded" + task, "已提醒", "sc", col + 1, row=row + 1)
    f.seq(wait + "Reminder", "Remind" + task)
    f.seq("Remind" + task, "Reminded" + task)
    return gate


REFUND_OWED = "=typeof refundDue === 'number' && refundDue > 0"


def withdraw(f, lane, col, row):
    """The customer withdraws: the request is cancelled with the reason, compensation refunds what the fee
    and deposit steps actually took (reverse order, each once), and the business office pays it back; the
    ledger records the refunds."""
    status(f, "Withdraw", "用户撤回，撤销申请", lane, col, row, status="Cancelled", text="用户撤回申请",
           inputs={"reason": "=typeof withdrawReason === 'string' && withdrawReason.trim() !== '' "
                                  "? withdrawReason : '用户撤回申请（未说明原因）'"})
    f.throw_compensation("FeesToRefund", "退还已收费用和押金", lane, col + 1, row)
    f.gateway("RefundOwed", "已缴费用？", lane, col + 2, row, default="Flow_RefundOwed_Withdrawn")
    f.user("RefundPaidFees", "退还已缴费用", OFFICE, "fee-refund-paid", lane, col + 2, row=row + 1, due="P5D", working=True)
    f.service("RecordRefund", "登记退费", "water.recordWithdrawalRefund", lane, col + 3, row + 1)
    f.end("Withdrawn", "已撤回", lane, col + 3, row)
    f.end("WithdrawnRefunded", "已撤回并退费", lane, col + 4, row + 1)
    f.seq("Withdraw", "FeesToRefund")
    f.seq("FeesToRefund", "RefundOwed")
    f.seq("RefundOwed", "RefundPaidFees", "已缴，转退款", when=REFUND_OWED)
    f.seq("RefundOwed", "Withdrawn", "未缴费", id="Flow_RefundOwed_Withdrawn")
    f.seq("RefundPaidFees", "RecordRefund")
    f.seq("RecordRefund", "WithdrawnRefunded")
