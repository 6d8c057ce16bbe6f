/**
 * Where a title goes in the timeline image: beside its mark on the side with room, on one line, or
 * for a focal (selected) event on up to three; a title that fits neither side is moved in from the
 * image's edge, and only a title that is not focal is ever shortened (with an ellipsis).
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
}

const MAX_LINES = 3;

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
  const rightX = p.x0 + (p.x1 - p.x0 > 6 ? 8 : 10);
  const leftX = p.x0 - 8;
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
  // Fewest lines first, the right side before the left at each count.
  for (let n = 1; n <= (p.focal ? MAX_LINES : 1); n++)
    for (const side of sides) {
      const lines = side.room > 0 ? titleLines(p.title, side.room, p.dateW, p.measure, n) : null;
      if (lines) return at(side, n > 1 ? balanced(p, side.room, n) : lines);
    }
  // Otherwise lines as wide as the image (one, cut short, for a title that is not focal), moved
  // left from the mark only as far as they must be to stay inside the image.
  const room = p.width - 2 * p.pad;
  const lines = p.focal
    ? (titleLines(p.title, room, p.dateW, p.measure, Infinity) ?? [p.title])
    : [ellipsis(p.title, room - 12 - p.dateW, p.measure)];
  const w = widest(lines, p.dateW, p.measure);
  if (rightX + w <= p.width - p.pad) return at(sides[0], lines);
  return at({ ...sides[1], x: Math.max(p.pad + w, leftX) }, lines);
}

/** The title in `n` lines as even as they go: the narrowest room that still holds it in `n`. */
function balanced(p: SvgTitleInput, room: number, n: number): string[] {
  const fits = (w: number) => titleLines(p.title, w, p.dateW, p.measure, n) !== null;
  return titleLines(p.title, narrowestFit(p.dateW, room, fits), p.dateW, p.measure, n)!;
}

/** The text, shortened at its end with an ellipsis to at most `room` px wide. */
function ellipsis(text: string, room: number, measure: Measure): string {
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
