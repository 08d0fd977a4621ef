"""Writes a request flow as BPMN 2.0 with a full left-to-right diagram (lanes, shapes, edges).

A flow is described once, node by node, with the lane, row and column it is drawn in; this module
turns that into the XML the engine runs and bpmn-js / Camunda Modeler display, and refuses a layout
in which two shapes would overlap.
"""
from xml.sax.saxutils import escape, quoteattr

COL_W, ROW_H, LANE_LABEL, POOL_LABEL, X0, Y0 = 150, 120, 30, 30, 100, 60
SIZES = {"task": (100, 80), "event": (36, 36), "gateway": (50, 50)}
INNER_SHAPES = {"startEvent": "event", "endEvent": "event", "intermediateThrowEvent": "event", "serviceTask": "task",
                "userTask": "task", "exclusiveGateway": "gateway"}
NS = ('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
      'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
      'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
      'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
      'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" '
      'xmlns:orc="http://orchestrator.local/schema/bpmn"')


def a(value):
    return quoteattr(str(value))


class Flow:
    def __init__(self, key, name, lanes):
        self.key, self.name, self.lanes = key, name, lanes  # lanes: [(id, name)]
        self.nodes, self.flows, self.messages, self.boundaries, self.associations = [], [], {}, [], []

    # ---- nodes -------------------------------------------------------------------------------
    def _node(self, id, shape, lane, col, row, xml):
        self.nodes.append(dict(id=id, shape=shape, lane=lane, col=col, row=row, xml=xml))

    def start(self, id, name, lane, col, row=0):
        self._node(id, "event", lane, col, row, f'<bpmn:startEvent id="{id}" name={a(name)} />')

    def end(self, id, name, lane, col, row=0):
        self._node(id, "event", lane, col, row, f'<bpmn:endEvent id="{id}" name={a(name)} />')

    def gateway(self, id, name, lane, col, row=0, default=None):
        extra = f' default="{default}"' if default else ""
        self._node(id, "gateway", lane, col, row, f'<bpmn:exclusiveGateway id="{id}" name={a(name)}{extra} />')

    def service(self, id, name, type, lane, col, row=0, headers=None, inputs=None, compensation=False):
        self._node(id, "task", lane, col, row, service_xml(id, name, type, headers, inputs, compensation))

    def user(self, id, name, groups, form, lane, col, row=0, due=None, working=False, inputs=None):
        attrs = (f' orc:dueDate="{due}"' if due else "") + (' orc:calendar="working-days"' if working else "")
        ext = (f'<zeebe:assignmentDefinition candidateGroups="{groups}" />'
               f'<zeebe:formDefinition formKey="{form}" />' + _inputs(inputs))
        self._node(id, "task", lane, col, row,
                   f'<bpmn:userTask id="{id}" name={a(name)}{attrs}><bpmn:extensionElements>{ext}</bpmn:extensionElements></bpmn:userTask>')

    def receive(self, id, name, message, lane, col, row=0):
        ref = self._message(message)
        self._node(id, "task", lane, col, row, f'<bpmn:receiveTask id="{id}" name={a(name)} messageRef="{ref}" />')

    def timer(self, id, name, attached, duration=None, date=None, working=False, interrupting=False):
        cal = ' orc:calendar="working-days"' if working else ""
        body = f"<bpmn:timeDuration>{duration}</bpmn:timeDuration>" if duration else f"<bpmn:timeDate>{escape(date)}</bpmn:timeDate>"
        self._boundary(id, name, attached, interrupting, f"<bpmn:timerEventDefinition{cal}>{body}</bpmn:timerEventDefinition>")

    def message_boundary(self, id, name, attached, message, interrupting=True):
        ref = self._message(message)
        self._boundary(id, name, attached, interrupting, f'<bpmn:messageEventDefinition messageRef="{ref}" />')

    def compensation(self, id, name, attached, handler):
        """A compensation boundary event on `attached`, associated with its handler (a node marked
        isForCompensation, drawn below the activity): compensation runs the handler once the activity completed."""
        self.boundaries.append(dict(id=id, attached=attached, xml=(
            f'<bpmn:boundaryEvent id="{id}" name={a(name)} attachedToRef="{attached}">'
            "<bpmn:compensateEventDefinition /></bpmn:boundaryEvent>")))
        self.associations.append(dict(id="Association_" + id, source=id, target=handler))

    def throw_compensation(self, id, name, lane, col, row=0):
        """An intermediate throw event compensating every completed compensable activity of its scope."""
        self._node(id, "event", lane, col, row, compensation_throw_xml(id, name))

    def _boundary(self, id, name, attached, interrupting, definition):
        cancel = "true" if interrupting else "false"
        self.boundaries.append(dict(id=id, attached=attached, xml=(
            f'<bpmn:boundaryEvent id="{id}" name={a(name)} attachedToRef="{attached}" cancelActivity="{cancel}">'
            f"{definition}</bpmn:boundaryEvent>")))

    def _message(self, name):
        ref = "Message_" + name.replace("-", "_")
        self.messages[name] = ref
        return ref

    def event_subprocess(self, id, name, lane, col, row, start, steps, end, interrupting=True, branch=None, flows=None):
        """An event sub-process drawn expanded, one column per element: the start event (`start` = (id, name,
        event definition XML)), the steps (each (id, xml)) in order and the end event (`end` = (id, name)) on its
        first row, joined in order; `branch` adds elements (id, xml, col, row) placed inside it (row 1 is the
        second row) and `flows` the flows to and between them (as `seq` takes them). It has no flow in or out."""
        start_id, start_name, definition = start
        first = (f'<bpmn:startEvent id="{start_id}" name={a(start_name)} isInterrupting="{str(interrupting).lower()}">'
                 f"{definition}</bpmn:startEvent>")
        chain = [(start_id, first)] + list(steps) + [(end[0], f'<bpmn:endEvent id="{end[0]}" name={a(end[1])} />')]
        inner = [(i, x, c, 0) for c, (i, x) in enumerate(chain)] + list(branch or [])
        ids = [i for i, _ in chain]
        inner_flows = [dict(id=f"Flow_{s}_{t}", source=s, target=t, name=None, when=None) for s, t in zip(ids, ids[1:])]
        inner_flows += [dict(id=f.get("id") or f"Flow_{f['source']}_{f['target']}", name=f.get("name"), when=f.get("when"),
                             source=f["source"], target=f["target"]) for f in flows or []]
        self._node(id, "expanded", lane, col, row, "")
        self.nodes[-1].update(name=name, inner=inner, inner_flows=inner_flows,
                              span=max(c for _, _, c, _ in inner) + 1, rows=max(r for _, _, _, r in inner) + 1)

    def _expanded_xml(self, n):
        return (f'<bpmn:subProcess id="{n["id"]}" name={a(n["name"])} triggeredByEvent="true">'
                + "".join(x for _, x, _, _ in n["inner"]) + "".join(_flow_xml(f) for f in n["inner_flows"]) + "</bpmn:subProcess>")

    def seq(self, source, target, name=None, when=None, id=None):
        self.flows.append(dict(id=id or f"Flow_{source}_{target}", source=source, target=target, name=name, when=when))

    # ---- layout ------------------------------------------------------------------------------
    def _layout(self):
        rows = {lane: 1 for lane, _ in self.lanes}
        for n in self.nodes:
            rows[n["lane"]] = max(rows[n["lane"]], n["row"] + n.get("rows", 1))
        top, self.lane_box = Y0, {}
        for lane, _ in self.lanes:
            self.lane_box[lane] = (top, rows[lane] * ROW_H)
            top += rows[lane] * ROW_H
        width = LANE_LABEL + POOL_LABEL + (max(n["col"] + n.get("span", 1) - 1 for n in self.nodes) + 1) * COL_W + 20
        self.pool = (X0, Y0, width, top - Y0)
        boxes, seen = {}, {}
        for n in self.nodes:
            for cell in [(n["lane"], n["row"] + r, n["col"] + i) for i in range(n.get("span", 1)) for r in range(n.get("rows", 1))]:
                if cell in seen:
                    raise SystemExit(f"{self.key}: {n['id']} and {seen[cell]} would overlap at {cell}")
                seen[cell] = n["id"]
            if n["shape"] == "expanded":
                boxes.update(self._expanded_boxes(n))
                continue
            w, h = SIZES[n["shape"]]
            cx = X0 + POOL_LABEL + LANE_LABEL + n["col"] * COL_W + COL_W / 2
            cy = self.lane_box[n["lane"]][0] + n["row"] * ROW_H + ROW_H / 2
            boxes[n["id"]] = (cx - w / 2, cy - h / 2, w, h)
        for b in self.boundaries:
            x, y, w, h = boxes[b["attached"]]
            others = [o for o in self.boundaries if o["attached"] == b["attached"]]
            offset = 70 - 40 * others.index(b)
            boxes[b["id"]] = (x + offset, y + h - 18, 36, 36)
        self.boxes = boxes

    def _expanded_boxes(self, n):
        left = X0 + POOL_LABEL + LANE_LABEL + n["col"] * COL_W
        top = self.lane_box[n["lane"]][0] + n["row"] * ROW_H
        boxes = {n["id"]: (left + 5, top + 5, n["span"] * COL_W - 10, n["rows"] * ROW_H - 10)}
        for id, xml, col, row in n["inner"]:
            w, h = SIZES[INNER_SHAPES[xml[6:xml.index(" ")]]]
            boxes[id] = (left + col * COL_W + COL_W / 2 - w / 2, top + row * ROW_H + ROW_H / 2 - h / 2, w, h)
        return boxes

    def _inner_edges(self):
        for n in (n for n in self.nodes if n["shape"] == "expanded"):
            for f in n["inner_flows"]:
                points = "".join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in self._waypoints(f))
                yield f'    <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{points}</bpmndi:BPMNEdge>'

    def _association_edges(self):
        for s in self.associations:
            bx, by, bw, bh = self.boxes[s["source"]]
            hx, hy, hw, hh = self.boxes[s["target"]]
            x = min(max(bx + bw / 2, hx + 10), hx + hw - 10)
            yield (f'    <bpmndi:BPMNEdge id="{s["id"]}_di" bpmnElement="{s["id"]}">'
                   f'<di:waypoint x="{x:.0f}" y="{by + bh:.0f}" /><di:waypoint x="{x:.0f}" y="{hy:.0f}" /></bpmndi:BPMNEdge>')

    def _waypoints(self, f):
        sx, sy, sw, sh = self.boxes[f["source"]]
        tx, ty, tw, th = self.boxes[f["target"]]
        scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
        if any(b["id"] == f["source"] for b in self.boundaries):
            if tx <= scx <= tx + tw:
                return [(scx, sy + sh), (scx, ty)] if ty > sy else [(scx, sy), (scx, ty + th)]
            return [(scx, sy + sh), (scx, tcy), (tx if tx > scx else tx + tw, tcy)]
        if abs(scx - tcx) < 1:
            return [(scx, sy + sh), (tcx, ty)] if ty > sy else [(scx, sy), (tcx, ty + th)]
        if tcx > scx:
            if abs(scy - tcy) < 1:
                return [(sx + sw, scy), (tx, tcy)]
            bend = tx - 25
            return [(sx + sw, scy), (bend, scy), (bend, tcy), (tx, tcy)]
        if ty + th <= sy:  # back up to an earlier row: leave at the top, enter from below
            lane_y = ty + th + 22
            return [(scx, sy), (scx, lane_y), (tcx, lane_y), (tcx, ty + th)]
        if ty >= sy + sh:
            lane_y = ty - 22
            return [(scx, sy + sh), (scx, lane_y), (tcx, lane_y), (tcx, ty)]
        lane_y = max(sy + sh, ty + th) + 18
        return [(scx, sy + sh), (scx, lane_y), (tcx, lane_y), (tcx, ty + th)]

    # ---- output ------------------------------------------------------------------------------
    def xml(self):
        self._layout()
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<bpmn:definitions {NS} id="Definitions_{self.key}" targetNamespace="http://orchestrator.local/flows" '
               'exporter="tools/bpmn/flowgen.py" exporterVersion="1">']
        for name, ref in self.messages.items():
            out.append(f'  <bpmn:message id="{ref}" name="{name}"><bpmn:extensionElements>'
                       '<zeebe:subscription correlationKey="=requestNumber" /></bpmn:extensionElements></bpmn:message>')
        out.append(f'  <bpmn:collaboration id="Collaboration_{self.key}">'
                   f'<bpmn:participant id="Participant_{self.key}" name={a(self.name)} processRef="{self.key}" /></bpmn:collaboration>')
        out.append(f'  <bpmn:process id="{self.key}" name={a(self.name)} isExecutable="true">')
        out.append(f'    <bpmn:laneSet id="LaneSet_{self.key}">')
        for lane, label in self.lanes:
            refs = "".join(f"<bpmn:flowNodeRef>{n['id']}</bpmn:flowNodeRef>" for n in self.nodes if n["lane"] == lane)
            refs += "".join(f"<bpmn:flowNodeRef>{b['id']}</bpmn:flowNodeRef>" for b in self.boundaries
                            if self._lane_of(b["attached"]) == lane)
            out.append(f'      <bpmn:lane id="Lane_{lane}" name={a(label)}>{refs}</bpmn:lane>')
        out.append("    </bpmn:laneSet>")
        out += ["    " + (self._expanded_xml(n) if n["shape"] == "expanded" else n["xml"]) for n in self.nodes]
        out += ["    " + b["xml"] for b in self.boundaries]
        out += ["    " + _flow_xml(f) for f in self.flows]
        out += [f'    <bpmn:association id="{s["id"]}" associationDirection="One" sourceRef="{s["source"]}" targetRef="{s["target"]}" />'
                for s in self.associations]
        out.append("  </bpmn:process>")
        out.append(f'  <bpmndi:BPMNDiagram id="Diagram_{self.key}"><bpmndi:BPMNPlane id="Plane_{self.key}" bpmnElement="Collaboration_{self.key}">')
        px, py, pw, ph = self.pool
        out.append(_shape(f"Participant_{self.key}", px, py, pw, ph, ' isHorizontal="true"'))
        for lane, _ in self.lanes:
            top, height = self.lane_box[lane]
            out.append(_shape(f"Lane_{lane}", px + POOL_LABEL, top, pw - POOL_LABEL, height, ' isHorizontal="true"'))
        expanded = {n["id"] for n in self.nodes if n["shape"] == "expanded"}
        for id, (x, y, w, h) in self.boxes.items():
            out.append(_shape(id, x, y, w, h, ' isExpanded="true"' if id in expanded else ""))
        for f in self.flows:
            points = "".join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in self._waypoints(f))
            out.append(f'    <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{points}</bpmndi:BPMNEdge>')
        out += list(self._inner_edges())
        out += list(self._association_edges())
        out.append("  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>")
        out.append("</bpmn:definitions>")
        return "\n".join(out) + "\n"

    def _lane_of(self, id):
        return next(n["lane"] for n in self.nodes if n["id"] == id)


def service_xml(id, name, type, headers=None, inputs=None, compensation=False):
    ext = f'<zeebe:taskDefinition type="{type}" />' + _headers(headers) + _inputs(inputs)
    handler = ' isForCompensation="true"' if compensation else ""
    return (f'<bpmn:serviceTask id="{id}" name={a(name)}{handler}><bpmn:extensionElements>{ext}'
            '</bpmn:extensionElements></bpmn:serviceTask>')


def user_xml(id, name, groups, form, due=None, working=False):
    attrs = (f' orc:dueDate="{due}"' if due else "") + (' orc:calendar="working-days"' if working else "")
    return (f'<bpmn:userTask id="{id}" name={a(name)}{attrs}><bpmn:extensionElements>'
            f'<zeebe:assignmentDefinition candidateGroups="{groups}" /><zeebe:formDefinition formKey="{form}" />'
            '</bpmn:extensionElements></bpmn:userTask>')


def gateway_xml(id, name, default):
    return f'<bpmn:exclusiveGateway id="{id}" name={a(name)} default="{default}" />'


def compensation_throw_xml(id, name):
    return f'<bpmn:intermediateThrowEvent id="{id}" name={a(name)}><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>'


def end_xml(id, name):
    return f'<bpmn:endEvent id="{id}" name={a(name)} />'


def _flow_xml(f):
    name = f" name={a(f['name'])}" if f["name"] else ""
    cond = (f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{escape(f["when"])}</bpmn:conditionExpression>') if f["when"] else ""
    body = f">{cond}</bpmn:sequenceFlow>" if cond else " />"
    return f'<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["source"]}" targetRef="{f["target"]}"{body}'


def _headers(headers):
    if not headers:
        return ""
    items = "".join(f"<zeebe:header key={a(k)} value={a(v)} />" for k, v in headers.items())
    return f"<zeebe:taskHeaders>{items}</zeebe:taskHeaders>"


def _inputs(inputs):
    if not inputs:
        return ""
    items = "".join(f"<zeebe:input source={a(v)} target={a(k)} />" for k, v in inputs.items())
    return f"<zeebe:ioMapping>{items}</zeebe:ioMapping>"


def _shape(id, x, y, w, h, extra=""):
    return (f'    <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}>'
            f'<dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" /></bpmndi:BPMNShape>')
