/**
 * Events of one row that share their whole span — a year's reports and studies dated only
 * "2011", a month's items — each take a row of the timeline as bars of their own: in a one-year
 * window, twelve such bars are twelve full-width rows. Where their shared bar is wide on screen
 * they are drawn as one bar instead, their titles packed side by side in it as chips, each still
 * its own event (clicked, highlighted and read on its own). The selected and highlighted events
 * stay bars of their own.
 */
import type { TimelineItemSpec } from "./timelineItems.ts";
import { breakUnits, wrap, type Measure } from "./timelineLabels.ts";

export interface SpanSet {
  /** "set|group|start|end": never an event's item id */
  id: string;
  group: string | null;
  start: number;
  end: number;
  members: TimelineItemSpec[];
}

/** Narrowest on-screen part of a shared bar that holds chips, px */
export const SET_MIN_PX = 240;

export function isSetId(id: string): boolean {
  return id.startsWith("set|");
}

/**
 * Splits a window's items into sets (two or more range items of one row with the same start and
 * end, none kept, their bar at least `minPx` wide on screen) and the items left as they were.
 */
export function shareSpans(
  items: readonly TimelineItemSpec[],
  keep: ReadonlySet<string>,
  shownPx: (start: number, end: number) => number,
  minPx = SET_MIN_PX,
): { sets: SpanSet[]; rest: TimelineItemSpec[] } {
  const byKey = new Map<string, TimelineItemSpec[]>();
  for (const it of items) {
    if (it.type !== "range" || keep.has(it.eventId)) continue;
    const key = `set|${it.group ?? "all"}|${it.start}|${it.end}`;
    const list = byKey.get(key);
    if (list) list.push(it);
    else byKey.set(key, [it]);
  }
  const sets: SpanSet[] = [];
  const inSet = new Set<string>();
  for (const [id, members] of byKey) {
    const { start, end } = members[0];
    if (members.length < 2 || shownPx(start, end!) < minPx) continue;
    sets.push({ id, group: members[0].group, start, end: end!, members });
    for (const m of members) inSet.add(m.id);
  }
  return { sets, rest: inSet.size ? items.filter((it) => !inSet.has(it.id)) : [...items] };
}

export interface ChipPacking {
  /** Lines of text the chips take, packed in order; the rows of chips; each chip's width, px */
  lines: number;
  rows: number;
  widths: number[];
}

/**
 * How chips pack into `room` px, as CSS flex-wrap packs them: in order, each on the current line
 * while it fits, `gap` px apart; a chip `extra` px wider than its title (its edge and padding),
 * never wider than the room — a longer title wraps inside it. A line is as tall as its tallest chip.
 */
export function packChips(titles: readonly string[], room: number, measure: Measure, extra: number, gap: number) {
  const widths: number[] = [];
  let lines = 0;
  let rows = 0;
  let used = -1;
  let tallest = 0;
  for (const title of titles) {
    const units = breakUnits(title);
    const whole = Math.ceil(wrap(units, Infinity, measure).widest * 1.03 + 2) + extra;
    const width = Math.min(room, whole);
    const own = whole > room ? wrap(units, room - extra, measure).lines : 1;
    if (used >= 0 && used + gap + width <= room) {
      used += gap + width;
      tallest = Math.max(tallest, own);
    } else {
      lines += tallest;
      rows++;
      used = width;
      tallest = own;
    }
    widths.push(width);
  }
  return { lines: lines + tallest, rows, widths } satisfies ChipPacking;
}
