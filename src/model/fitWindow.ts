/**
 * "Fit to results": the window that shows a set of events whole, with room around them for their
 * labels, inside the data's range; and when a filter should fit by itself (few events, spread
 * thinly over a window much wider than they need).
 */
import type { DatasetIndex } from "./datasetIndex.ts";

const DAY = 86_400_000;
/** Narrowest fitted window: a single-day event still gets a month around it. */
export const MIN_FIT_SPAN = 30 * DAY;
/** Share of the window kept free on each side (labels sit beside their marks). */
export const FIT_PAD = 0.08;
/** A filter with at most this many events fits by itself... */
export const AUTO_FIT_MAX = 40;
/** ...when the fitted window is at most this share of the current one. */
export const AUTO_FIT_SHARE = 0.7;

export interface Span {
  start: number;
  end: number;
}

/** The fitted window for `ids` (null when there are none), clamped to `full`, in whole days. */
export function fitWindow(index: DatasetIndex, ids: readonly string[], full: Span): Span | null {
  if (!ids.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of ids) {
    const s = index.spans.get(id);
    if (!s) continue;
    lo = Math.min(lo, s.start);
    hi = Math.max(hi, s.end);
  }
  if (!(lo < hi)) return null;
  const inner = Math.max(hi - lo, MIN_FIT_SPAN);
  const span = Math.min(inner / (1 - 2 * FIT_PAD), full.end - full.start);
  const mid = (lo + hi) / 2;
  let start = Math.max(full.start, Math.min(mid - span / 2, full.end - span));
  start = Math.floor(start / DAY) * DAY;
  const end = Math.min(full.end, Math.ceil((start + span) / DAY) * DAY);
  return { start, end };
}

/** Whether a filter's result should fit by itself: few events, and a window far wider than they need. */
export function shouldAutoFit(count: number, fitted: Span | null, current: Span): boolean {
  if (!fitted || count === 0 || count > AUTO_FIT_MAX) return false;
  return fitted.end - fitted.start <= AUTO_FIT_SHARE * (current.end - current.start);
}
