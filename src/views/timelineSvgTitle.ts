/**
 * Where a title goes in the timeline image: inside a bar that holds it on one line, else beside its
 * mark on the side with room, on one line or two (a focal, selected, event's on up to three). A
 * title never runs across its own mark: one that fits neither side goes on the side with more
 * room, and only a title that is not focal is ever shortened (with an ellipsis).
 */
import { breakUnits, narrowestFit, wrapLines, type Measure } from "../model/timelineLabels.ts";

export interface SvgTitle {
  /** The title's lines; the first follows the date */
  lines: string[];
  /** Where each line starts (or ends, with `anchorEnd`), px */
  x: number;
  anchorEnd: boolean;
  /** The footprint of mark and label, px */
  left: number;
  right: number;
}

export interface SvgTitleInput {
  title: string;
  /** The mark's extent, px */
  x0: number;
  x1: number;
  /** The date before the title, px */
  dateW: number;
  /** The image's width and its margin, px */
  width: number;
  pad: number;
  focal: boolean;
  measure: Measure;
  /** Lines a title that is not focal may take (default OTHER_LINES) */
  lines?: number;
  /** A point's mark: its radius with its stroke, px (its title keeps 6 px from it) */
  dot?: number;
}

/** Lines a focal (selected) title may take, and any other: each line takes a lane of the image */
export const MAX_LINES = 3;
const OTHER_LINES = 2;

/**
 * The title broken at its break units into lines no wider than `room` (the first `indent` px
 * narrower, for the date), or null when that takes more than `max` lines or a unit is too wide.
 */
export function titleLines(
  title: string,
  room: number,
  indent: number,
  measure: Measure,
  max: number,
): string[] | null {
  const { lines, widest } = wrapLines(breakUnits(title), room, measure, indent);
  return widest > room || lines.length > max ? null : lines;
}

const widest = (lines: string[], dateW: number, measure: Measure) =>
  Math.max(...lines.map((l, i) => (i === 0 ? dateW : 0) + measure(l)));

/** The title's lines and place (see the module's header). */
export function placeSvgTitle(p: SvgTitleInput): SvgTitle {
  const bar = p.x1 - p.x0 > 6;
  // A bar's title inside it when it fits there on one line; else beside it, as a point's is.
  const inside = bar ? { x: p.x0 + 8, room: p.x1 - p.x0 - 16, anchorEnd: false } : null;
  const dot = p.dot ?? 4;
  const rightX = bar ? p.x1 + 8 : p.x0 + dot + 6;
  const leftX = bar ? p.x0 - 8 : p.x0 - dot - 6;
  const sides = [
    { x: rightX, room: p.width - p.pad - rightX, anchorEnd: false },
    { x: leftX, room: leftX - p.pad, anchorEnd: true },
  ];
  const at = (side: (typeof sides)[number], lines: string[]): SvgTitle => {
    const w = widest(lines, p.dateW, p.measure);
    return side.anchorEnd
      ? { lines, x: side.x, anchorEnd: true, left: side.x - w, right: Math.max(p.x1, side.x) }
      : { lines, x: side.x, anchorEnd: false, left: p.x0, right: Math.max(p.x1, side.x + w) };
  };
  const one = inside && inside.room > 0 ? titleLines(p.title, inside.room, p.dateW, p.measure, 1) : null;
  if (inside && one) return at(inside, one);
  // Fewest lines first, the right side before the left at each count.
  for (let n = 1; n <= (p.focal ? MAX_LINES : (p.lines ?? OTHER_LINES)); n++)
    for (const side of sides) {
      const lines = side.room > 0 ? titleLines(p.title, side.room, p.dateW, p.measure, n) : null;
      if (lines) return at(side, n > 1 ? balanced(p, side.room, n) : lines);
    }
  // Otherwise on the side with the most room, never across its own mark: a focal title whole on
  // as many lines as it takes there, any other on one line cut short.
  const side = [...sides, ...(inside ? [inside] : [])].reduce((a, b) => (b.room > a.room ? b : a));
  const room = Math.max(side.room, 40);
  const lines = p.focal
    ? (titleLines(p.title, room, p.dateW, p.measure, Infinity) ?? [p.title])
    : [ellipsis(p.title, room - p.dateW, p.measure)];
  return at(side, lines);
}

/** The title in `n` lines as even as they go: the narrowest room that still holds it in `n`. */
function balanced(p: SvgTitleInput, room: number, n: number): string[] {
  const fits = (w: number) => titleLines(p.title, w, p.dateW, p.measure, n) !== null;
  return titleLines(p.title, narrowestFit(p.dateW, room, fits), p.dateW, p.measure, n)!;
}

/** The text, shortened at its end with an ellipsis to at most `room` px wide. */
export function ellipsis(text: string, room: number, measure: Measure): string {
  if (measure(text) <= room) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (measure(`${chars.slice(0, mid).join("").trimEnd()}…`) <= room) lo = mid;
    else hi = mid;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}
