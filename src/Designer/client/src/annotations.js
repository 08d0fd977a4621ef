// Markers and overlays the Blazor pages put on a diagram: validation problems, changed elements, live counts.
const PROBLEM = 'orc-problem';
const COUNTS = 'orc-counts';

// Overlays are built as elements, never as HTML text: a message or id (an attacker's `"` included) only
// ever becomes text or an attribute value, so nothing in it can open a tag or end an attribute.
function element(tag, cssClass, attributes = {}, children = []) {
  const node = document.createElement(tag);
  node.className = cssClass;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

export function createAnnotations(diagram) {
  const canvas = diagram.get('canvas');
  const overlays = diagram.get('overlays');
  const registry = diagram.get('elementRegistry');
  const marked = new Map();

  function mark(id, cssClass) {
    if (!registry.get(id)) return false;
    canvas.addMarker(id, cssClass);
    if (!marked.has(cssClass)) marked.set(cssClass, new Set());
    marked.get(cssClass).add(id);
    return true;
  }

  function unmark(cssClass) {
    for (const id of marked.get(cssClass) || []) if (registry.get(id)) canvas.removeMarker(id, cssClass);
    marked.delete(cssClass);
  }

  return {
    showProblems(problems) {
      unmark('orc-error'); unmark('orc-warning');
      overlays.remove({ type: PROBLEM });
      for (const p of problems) {
        const kind = p.severity === 'Warning' ? 'orc-warning' : 'orc-error';
        if (!p.elementId || !mark(p.elementId, kind)) continue;
        overlays.add(p.elementId, PROBLEM, {
          position: { top: -12, right: 12 },
          html: element('div', `orc-badge ${kind}`, { title: p.message ?? '', 'data-element-id': p.elementId }, ['!']),
        });
      }
    },
    highlight(ids, cssClass) {
      unmark(cssClass);
      return ids.filter(id => mark(id, cssClass)).length;
    },
    setCounts(counts) {
      overlays.remove({ type: COUNTS });
      for (const c of counts) {
        if (!registry.get(c.elementId)) continue;
        const waiting = element('span', 'orc-waiting', {}, [String(c.waiting)]);
        const overdue = c.overdue > 0 ? [element('span', 'orc-overdue', {}, [String(c.overdue)])] : [];
        overlays.add(c.elementId, COUNTS, {
          position: { bottom: 12, left: -12 },
          html: element('div', 'orc-count', { 'data-element-id': c.elementId }, [waiting, ...overdue]),
        });
      }
    },
  };
}
