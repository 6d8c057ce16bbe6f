/**
 * Events of one row that share their whole span — a year's reports and studies dated only
 * "2011", a month's items, a meeting's thirteen sessions on 1–2 December — each take a row of the
 * timeline as marks and titles of their own: in a one-year window, twelve such bars are twelve
 * full-width rows, and thirteen labels at one date are a staircase down the panel. Where their
 * shared bar is wide on screen they are drawn as one bar instead, their titles packed side by side
 * in it as chips; where it is a short mark (or they share one day) three or more of them are one mark
 * with a card of their chips beside it, headed by their dates. Each chip is still its own event
 * (clicked, highlighted and read on its own). The selected and highlighted events stay apart.
 */
import type { TimelineItemSpec } from "./timelineItems.ts";
import { breakUnits, wrap, type Measure } from "./timelineLabels.ts";

export interface SpanSet {
  /** "set|group|start|end": never an event's item id */
  id: string;
  /** Chips inside the shared bar, or in a card beside the shared mark */
  kind: "bar" | "card";
  /** The members are points (one day): their mark is a dot, and `end` is `start` */
  point: boolean;
  group: string | null;
  start: number;
  end: number;
  members: TimelineItemSpec[];
}

/** Narrowest on-screen part of a shared bar that holds chips, px */
export const SET_MIN_PX = 240;
/** Fewest events sharing a short span that make a card: two labels stack as well as a card holds them */
export const CARD_MIN = 3;
/**
 * Widest on-screen span of a card's mark, px: a longer bar (a month's, in a one-year window) lets
 * its events' labels sit beside it in a column of their own, as tight as a card's.
 */
export const CARD_MAX_PX = 48;

export function isSetId(id: string): boolean {
  return id.startsWith("set|");
}

/**
 * Splits a window's items into sets and the items left as they were. Items of one row with the
 * same start and end (or the same day, for points), none kept, make a set: a bar of chips when
 * two or more share a bar at least `minPx` wide on screen, a card when `cardMin` or more share a
 * mark at most CARD_MAX_PX wide.
 */
export function shareSpans(
  items: readonly TimelineItemSpec[],
  keep: ReadonlySet<string>,
  shownPx: (start: number, end: number) => number,
  minPx = SET_MIN_PX,
  cardMin = CARD_MIN,
): { sets: SpanSet[]; rest: TimelineItemSpec[] } {
  const byKey = new Map<string, TimelineItemSpec[]>();
  for (const it of items) {
    if (keep.has(it.eventId)) continue;
    const key = `set|${it.group ?? "all"}|${it.start}|${it.type === "point" ? "day" : it.end}`;
    const list = byKey.get(key);
    if (list) list.push(it);
    else byKey.set(key, [it]);
  }
  const sets: SpanSet[] = [];
  const inSet = new Set<string>();
  for (const [id, members] of byKey) {
    const { start, type } = members[0];
    const point = type === "point";
    const end = point ? start : members[0].end!;
    const shown = point ? 0 : shownPx(start, end);
    const kind = shown >= minPx ? "bar" : "card";
    if (kind === "card" && shown > CARD_MAX_PX) continue;
    if (members.length < (kind === "bar" ? 2 : cardMin)) continue;
    sets.push({ id, kind, point, group: members[0].group, start, end, members });
    for (const m of members) inSet.add(m.id);
  }
  return { sets, rest: inSet.size ? items.filter((it) => !inSet.has(it.id)) : [...items] };
}

/** A title's break units and its one-line width with slack, by measure (a card packs them in several widths). */
const chipTexts = new WeakMap<Measure, Map<string, { units: string[]; widest: number }>>();
function chipText(title: string, measure: Measure) {
  let byTitle = chipTexts.get(measure);
  if (!byTitle) chipTexts.set(measure, (byTitle = new Map()));
  let text = byTitle.get(title);
  if (!text) {
    const units = breakUnits(title);
    text = { units, widest: Math.ceil(wrap(units, Infinity, measure).widest * 1.03 + 2) };
    byTitle.set(title, text);
  }
  return text;
}

export interface ChipPacking {
  /** Lines of text the chips take; the rows of chips; each chip's width, px, by title */
  lines: number;
  rows: number;
  widths: number[];
  /** The widest row of chips, px */
  widest: number;
  /** The titles' indices in the order they are drawn, row by row */
  order: number[];
}

/**
 * How chips pack into `room` px: each row begins with the first chip not yet placed and takes
 * every later one that still fits, `gap` px apart — the set's events share their dates, so their
 * order is free, and rows filled this way leave less of the width empty than in title order. Drawn
 * in `order`, CSS flex-wrap makes the same rows (each row's next chip did not fit on it). A chip is
 * `extra` px wider than its title (its edge and padding), never wider than the room — a longer
 * title wraps inside it. A line is as tall as its tallest chip.
 */
export function packChips(titles: readonly string[], room: number, measure: Measure, extra: number, gap: number) {
  const widths: number[] = [];
  const own: number[] = [];
  for (const title of titles) {
    const text = chipText(title, measure);
    const whole = text.widest + extra;
    widths.push(Math.min(room, whole));
    own.push(whole > room ? wrap(text.units, room - extra, measure).lines : 1);
  }
  const order: number[] = [];
  const left = titles.map((_, i) => i);
  let lines = 0;
  let rows = 0;
  let widest = 0;
  while (left.length) {
    const first = left.shift()!;
    const row = [first];
    let used = widths[first];
    for (let k = 0; k < left.length; k++) {
      const i = left[k];
      if (used + gap + widths[i] > room) continue;
      used += gap + widths[i];
      row.push(i);
      left.splice(k--, 1);
    }
    order.push(...row);
    rows++;
    lines += Math.max(...row.map((i) => own[i]));
    widest = Math.max(widest, used);
  }
  return { lines, rows, widths, widest, order } satisfies ChipPacking;
}
