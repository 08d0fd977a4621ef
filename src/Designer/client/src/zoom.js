// Zoom for read-only diagrams on the workplace pages. 'readable' (the first view) fits the diagram to the
// canvas's width unless its labels would become too small to read, and then shows it at the smallest
// readable size around the focused element (the current step); 'width' fits the whole width whatever the
// size; 'in' / 'out' zoom by a quarter. Returns the zoom level now shown.
const MARGIN = 20;
const READABLE = 0.75;

export function zoom(diagram, mode, focusId) {
  const canvas = diagram.get('canvas');
  if (mode === 'in' || mode === 'out') return canvas.zoom(canvas.zoom() * (mode === 'in' ? 1.25 : 0.8), 'auto');
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !outer.width) return canvas.zoom('fit-viewport', 'auto');
  const fitted = Math.min(outer.width / (inner.width + 2 * MARGIN), 1.5);
  const scale = mode === 'readable' ? Math.max(fitted, READABLE) : fitted;
  canvas.viewbox({ x: inner.x - MARGIN, y: inner.y - MARGIN, width: outer.width / scale, height: outer.height / scale });
  const focus = focusId && diagram.get('elementRegistry').get(focusId);
  if (focus && (scale > fitted || focus.y + focus.height > inner.y - MARGIN + outer.height / scale)) canvas.scrollToElement(focus);
  return canvas.zoom();
}
