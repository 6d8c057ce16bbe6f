/**
 * Level of detail for the status bands: each band is a background spanning the timeline's full
 * height with its label at the top, so past a handful they pile into unreadable text (and each is
 * DOM vis-timeline redraws on every pan). The curated data has two; a big dataset can have
 * hundreds. Beyond the budget, the bands covering most of the window are drawn, and the view says
 * how many are left out.
 */
import type { StatusSpanSpec } from "./timelineItems.ts";

export const STATUS_BUDGET = 4;

export interface StatusSpansInView {
  /** The bands to draw, in start order, each with the label row it takes */
  shown: Array<StatusSpanSpec & { row: number }>;
  /** Label rows used: labels that would collide go on separate rows */
  rows: number;
  /** Bands overlapping the window, drawn or not */
  inView: number;
}

/**
 * `labelShare`: the share of the window's width a label takes, about (a label is ~150 px on a
 * timeline of ~600 px); labels closer than that share a row only if they do not collide.
 */
export function statusSpansInView(
  spans: StatusSpanSpec[],
  window: { start: number; end: number },
  max = STATUS_BUDGET,
  labelShare = 0.3,
): StatusSpansInView {
  const overlap = (s: StatusSpanSpec) => Math.min(s.end, window.end) - Math.max(s.start, window.start);
  const inView = spans.filter((s) => overlap(s) > 0);
  const chosen =
    inView.length <= max
      ? inView
      : inView
          .map((s) => ({ s, o: overlap(s) }))
          .sort((a, b) => b.o - a.o || (a.s.id < b.s.id ? -1 : 1))
          .slice(0, max)
          .map(({ s }) => s);
  // Labels sit at the top left of each band (at the window's left edge when the band starts
  // before it): a label takes the first row where the last label ends before it starts.
  const onScreen = (s: StatusSpanSpec) => Math.max(s.start, window.start);
  const labelWidth = (window.end - window.start) * labelShare;
  const rowEnds: number[] = [];
  const shown = [...chosen]
    .sort((a, b) => onScreen(a) - onScreen(b) || (a.id < b.id ? -1 : 1))
    .map((s) => {
      let row = rowEnds.findIndex((end) => end <= onScreen(s));
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = onScreen(s) + labelWidth;
      return { ...s, row };
    });
  return { shown, rows: rowEnds.length, inView: inView.length };
}
