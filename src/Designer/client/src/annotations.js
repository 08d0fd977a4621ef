// Markers and overlays the Blazor pages put on a diagram: validation problems, changed elements, live counts.
const PROBLEM = 'orc-problem';
const COUNTS = 'orc-counts';

function escape(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
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
          html: `<div class="orc-badge ${kind}" title="${escape(p.message)}" data-element-id="${escape(p.elementId)}">!</div>`,
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
        const overdue = c.overdue > 0 ? `<span class="orc-overdue">${c.overdue}</span>` : '';
        overlays.add(c.elementId, COUNTS, {
          position: { bottom: 12, left: -12 },
          html: `<div class="orc-count" data-element-id="${escape(c.elementId)}"><span class="orc-waiting">${c.waiting}</span>${overdue}</div>`,
        });
      }
    },
  };
}
