/**
 * The status bands' items (China as an IOM observer, then member…): each label whole and inside
 * the window, labels that would overlap on separate rows, and beyond what the window can show
 * only those covering most of it, with a note saying how many are left out.
 */
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import type { StatusSpanSpec } from "../model/timelineItems.ts";
import { bandLabelLeft, labelRows } from "../model/timelineLabels.ts";
import { statusSpansInView } from "../model/statusSpansInView.ts";
import type { VisItem } from "./timelineEventItem.ts";

/** A status band's left border, px (timelineView.css): its label starts after it. */
const BAND_BORDER = 2;
/** A band label's distance from the panel's edges, px: nearer, its rounded border seems to cut the pill */
const BAND_EDGE = 6;

export interface BandItems {
  items: VisItem[];
  /** Label rows the bands take (at least 1) */
  rows: number;
  /** What was left out ("" when nothing was) */
  note: string;
}

export interface BandScale {
  /** The window's start as the timeline draws it, ms, and its scale */
  w0: number;
  msPerPx: number;
  /** The panel's width, px */
  width: number;
}

export function statusBandItems(
  spans: StatusSpanSpec[],
  window: { start: number; end: number },
  lang: Lang,
  { w0, msPerPx, width: viewWidth }: BandScale,
  /** A label's width in the bands' font, px */
  measureBand: (text: string) => number,
): BandItems {
  const px = (ms: number) => (ms - w0) / msPerPx;
  const bands = statusSpansInView(spans, window);
  const note =
    bands.shown.length < bands.inView
      ? t(lang, "statusReduced", { shown: bands.shown.length, total: bands.inView })
      : "";
  const placed = bands.shown
    .map((span) => {
      const width = Math.ceil(measureBand(span.label)) + 12;
      return { span, width, left: bandLabelLeft(px(span.start), width, viewWidth, BAND_EDGE) };
    })
    .sort((x, y) => x.left - y.left);
  const rows = labelRows(placed);
  // A band that began long before the window is drawn from one window's width before it: its
  // label's offset from the item's start then stays small, so that the little the timeline's
  // own scale differs from ours (a day's rounding) cannot move the label out of the window.
  const drawnFrom = w0 - viewWidth * msPerPx;
  const items = placed.map(({ span, left }, i): VisItem => {
    const start = Math.max(span.start, drawnFrom);
    // Less the band's left border, which the label's box starts after.
    const offset = Math.round(left - px(start) - BAND_BORDER);
    return {
      id: span.id,
      start: new Date(start),
      end: new Date(span.end),
      type: "background",
      className: "status",
      content: `${span.label}|${rows[i]}|${offset}`,
      limitSize: false,
      seq: 0,
      band: { relation: span.id.slice("rel:".length), label: span.label, row: rows[i], offset },
    };
  });
  return { items, rows: Math.max(1, ...rows.map((r) => r + 1)), note };
}
