"""Steps every request flow shares: intake, the document checklist, the arrears gate, fee collection,
and SLA escalation. Each takes the column it starts in and returns the id the flow goes on from."""

SC, DUTY, OFFICE, OFFICE_MGR = "service-center", "duty-manager", "business-office", "business-office-manager"
DESIGN, BUILD, LEADER, VP = "design-office", "construction", "leader", "vice-president"


def status(f, id, name, lane, col, row=0, status="InProgress", text=""):
    f.service(id, name, "water.updateRequestStatus", lane, col, row, headers={"status": status, "text": text})


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
    deposit. Returns (last id, next col)."""
    f.service("CollectFee", fee_name, "water.collectFee", lane, col)
    f.service("NotifyFeeDue", "通知缴费", "water.notifyCustomer", lane, col + 1, headers={"template": "fee-due"})
    f.gateway("FeeOutstanding", "待缴费？", lane, col + 2, default="Flow_FeeOutstanding_TakeDeposit")
    f.receive("PaymentReceived", "用户缴费", "payment-received", user_lane, col + 3)
    f.service("TakeDeposit", "收取押金", "water.takeDeposit", lane, col + 4, headers={"kind": deposit_kind})
    f.seq(came_from, "CollectFee", flow_name, when=when)
    f.seq("CollectFee", "NotifyFeeDue")
    f.seq("NotifyFeeDue", "FeeOutstanding")
    f.seq("FeeOutstanding", "PaymentReceived", "待缴", when="=feeDue > 0")
    f.seq("FeeOutstanding", "TakeDeposit", "已由余额缴清", id="Flow_FeeOutstanding_TakeDeposit")
    f.seq("PaymentReceived", "TakeDeposit")
    return "TakeDeposit", col + 5


def escalate(f, task, due, manager, lane, row, working=False, what="", lane_of_task=None):
    """A non-interrupting timer on the task: when it is overdue the manager gets a task of their own,
    and the work itself goes on."""
    col = next(n["col"] for n in f.nodes if n["id"] == task)
    f.timer(task + "Overdue", "超时", task, duration=due, working=working)
    f.user("Escalate" + task, "督办：" + what, manager, "escalation", lane, col, row=row, due="P1D", working=True)
    f.end("Escalated" + task, "已督办", lane, col, row=row + 1)
    f.seq(task + "Overdue", "Escalate" + task)
    f.seq("Escalate" + task, "Escalated" + task)
