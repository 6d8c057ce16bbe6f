/**
 * The timeline window that brings a selected event fully into view with its label: centred when
 * its mark or label is cut by an edge (keeping the zoom), widened when the event is longer than
 * the window. A story step's window is authored: only an event outside it moves it.
 */
export interface Span {
  start: number;
  end: number;
}

/** Null when the event is in view already. `labelMs`: its label's width in the window's time. */
export function revealWindow(span: Span, labelMs: number, window: Span, full: Span, authored: boolean): Span | null {
  const width = window.end - window.start;
  const margin = width * 0.03;
  const need = authored ? span : { start: span.start - margin, end: Math.max(span.end, span.start + labelMs) + margin };
  if (need.start >= window.start && need.end <= window.start + width) return null;
  const size = Math.max(width, Math.min((need.end - need.start) * 1.15, full.end - full.start));
  const mid = (need.start + need.end) / 2;
  const from = Math.max(full.start, Math.min(mid - size / 2, full.end - size));
  return { start: from, end: from + size };
}
