// Zoom for read-only diagrams on the workplace pages: step 0 fits the diagram to the canvas's width (a long
// flow stays readable instead of shrinking to fit the height too) and brings the focused element into view;
// +1 / -1 zoom in or out by a quarter around the centre. Returns the zoom level now shown.
const MARGIN = 20;

export function zoom(diagram, step, focusId) {
  const canvas = diagram.get('canvas');
  if (step !== 0) return canvas.zoom(canvas.zoom() * (step > 0 ? 1.25 : 0.8), 'auto');
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !outer.width) return canvas.zoom('fit-viewport', 'auto');
  const scale = Math.min(outer.width / (inner.width + 2 * MARGIN), 1.5);
  canvas.viewbox({ x: inner.x - MARGIN, y: inner.y - MARGIN, width: outer.width / scale, height: outer.height / scale });
  const focus = focusId && diagram.get('elementRegistry').get(focusId);
  if (focus && focus.y + focus.height > inner.y - MARGIN + outer.height / scale) canvas.scrollToElement(focus);
  return canvas.zoom();
}
