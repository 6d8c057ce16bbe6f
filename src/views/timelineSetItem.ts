/**
 * A set's item (spanSets.ts): one bar across the events' common span with their titles packed in
 * it as chips, or one mark with a card of chips beside it, headed by the dates they share; each
 * chip its own event with its theme colour at its edge.
 */
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import { packChips, shareSpans, type SpanSet } from "../model/spanSets.ts";
import { breakUnits, wrap, type LabelOptions, type LabelPlacement, type Measure } from "../model/timelineLabels.ts";
import type { TimelineItemSpec } from "../model/timelineItems.ts";
import type { StackedLabel } from "../model/timelineStacking.ts";
import { footprint, type VisItem } from "./timelineEventItem.ts";

/** A chip's coloured edge and padding, and the space between chips, px (timelineView.css) */
export const CHIP_EXTRA = 10;
export const CHIP_GAP = 10;
/** A card's border and padding, across and down, px (timelineView.css) */
export const CARD_PAD_X = 10;
export const CARD_PAD_Y = 4;
/** A card's widths to choose from, as multiples of a title's widest label */
const CARD_WIDTHS = [1.5, 2.25, 3, 4.5, 6];

/** The set as a spec the stacking can place like any mark (its id is the set's). */
export function setSpec(set: SpanSet): TimelineItemSpec {
  const first = set.members[0];
  const precision = /precision-\w+/.exec(first.className)?.[0] ?? "";
  return {
    ...first,
    id: set.id,
    eventId: set.id,
    label: "",
    className: `${set.kind === "bar" ? "ev-set" : "ev-dates"} ${precision}`,
  };
}

/** A card's heading: the dates its events share, and how many they are. */
export function cardHeader(set: SpanSet, lang: Lang): string {
  return t(lang, "sameDates", { date: set.members[0].dateLabel, n: set.members.length });
}

/** What a set's shapes are measured against: the panel's width, the type, the px between rows of chips. */
export interface SetGeometry {
  view: number;
  measure: Measure;
  labelOpts: LabelOptions;
  rowGap: number;
}

/**
 * A card's shapes beside its mark, right and left, in a few widths: its heading's lines and its
 * chips' as they pack into the width inside its frame. Off screen, one shape, away from it.
 */
export function cardShapes(
  set: SpanSet,
  header: string,
  x0: number,
  x1: number,
  { view, measure, labelOpts: opts, rowGap }: SetGeometry,
): LabelPlacement[] {
  const titles = set.members.map((m) => m.label);
  const head = breakUnits(header);
  const narrowest = Math.ceil(wrap(head, Infinity, measure).widest * 1.03 + 2) + CARD_PAD_X;
  const shape = (side: "right" | "left", most: number): LabelPlacement => {
    const chips = packChips(titles, most - CARD_PAD_X, measure, CHIP_EXTRA, CHIP_GAP);
    // No wider than its widest row of chips, or its heading.
    const width = Math.max(narrowest, Math.min(most, chips.widest + CARD_PAD_X));
    const room = width - CARD_PAD_X;
    const left = side === "right" ? x1 + opts.gap : x0 - opts.gap - width;
    return {
      side,
      left,
      width,
      lines: wrap(head, room, measure).lines + chips.lines,
      // Below the heading and between rows of chips, and the frame.
      gapsPx: chips.rows * rowGap + CARD_PAD_Y,
      order: chips.order,
      clamped: false,
      start: Math.min(x0, left),
      end: Math.max(x1, left + width),
    };
  };
  const widths = CARD_WIDTHS.map((k) => Math.max(narrowest, Math.round(k * opts.maxWidth)));
  // Off screen (there for a pan), away from the screen.
  if (x1 <= 0 || x0 >= view) return [shape(x1 <= 0 ? "left" : "right", widths[0])];
  const shapes: LabelPlacement[] = [];
  const roomOn = (side: "right" | "left") =>
    Math.floor(side === "right" ? view - opts.edge - (x1 + opts.gap) : x0 - opts.gap - opts.edge);
  for (const side of ["right", "left"] as const) {
    const room = roomOn(side);
    for (const w of widths) {
      const width = Math.min(w, room);
      if (width < Math.max(narrowest, opts.maxWidth)) continue;
      const p = shape(side, width);
      if (!shapes.some((q) => q.side === side && q.width === p.width)) shapes.push(p);
    }
  }
  // Less room than a title's label on either side (a phone's panel): on the side with more.
  if (shapes.length) return shapes;
  const side = roomOn("right") >= roomOn("left") ? "right" : "left";
  return [shape(side, Math.max(narrowest, roomOn(side)))];
}

/** The chips' one shape: inside the part of the bar on screen, as many lines as they pack into. */
export function setPlacement(
  set: SpanSet,
  x0: number,
  x1: number,
  { view, measure, labelOpts: opts, rowGap }: SetGeometry,
): LabelPlacement & { rowGap: number } {
  const left = Math.max(x0, 0) + opts.inset;
  const width = Math.max(40, Math.min(x1, view) - opts.inset - left);
  const { lines, rows, order } = packChips(
    set.members.map((m) => m.label),
    width,
    measure,
    CHIP_EXTRA,
    CHIP_GAP,
  );
  // Rows of chips are a little apart: a CJK font's text box is taller than its line.
  return {
    side: "inside",
    left,
    width,
    lines,
    gapsPx: (rows - 1) * rowGap,
    rowGap,
    order,
    clamped: false,
    start: x0,
    end: x1,
  };
}

/** A set's events in the order its chips were packed in (the rows the stacking measured). */
function drawnOrder(set: SpanSet, place: LabelPlacement): TimelineItemSpec[] {
  return place.order?.length === set.members.length ? place.order.map((i) => set.members[i]) : set.members;
}

export function setItem(
  set: SpanSet,
  x0: number,
  place: LabelPlacement & { rowGap?: number },
  seq: number,
  color: (m: TimelineItemSpec) => string,
): VisItem {
  const members = drawnOrder(set, place).map((m) => ({ spec: m, color: color(m) }));
  const offset = Math.round(place.left - x0);
  const rowGap = place.rowGap ?? 0;
  return {
    id: set.id,
    start: new Date(set.start),
    end: new Date(set.end),
    type: "range",
    group: set.group ?? undefined,
    className: `${setSpec(set).className} ev-fp label-inside`,
    content: [...members.map((m) => `${m.spec.eventId}:${m.spec.label}:${m.color}`), offset, place.width, rowGap].join(
      "|",
    ),
    limitSize: false,
    seq,
    set: { members, offset, width: place.width, rowGap },
  };
}

/** A card's item: its mark where the events are, and the card beside it where the stacking put it. */
export function cardItem(
  set: SpanSet,
  m: { a: number; b: number; x0: number; x1: number },
  place: StackedLabel,
  seq: number,
  color: (m: TimelineItemSpec) => string,
  header: string,
  msPerPx: number,
  rowGap: number,
): VisItem {
  const members = drawnOrder(set, place).map((s) => ({ spec: s, color: color(s) }));
  const f = footprint(m.a, m.b, place);
  const card = {
    header,
    point: set.point,
    markLeft: f.share(m.x0),
    markWidth: f.share(m.x1) - f.share(m.x0),
    boxLeft: f.share(place.left),
  };
  return {
    id: set.id,
    start: new Date(set.start + f.from * msPerPx),
    end: new Date(set.end + f.to * msPerPx),
    type: "range",
    group: set.group ?? undefined,
    className: `${setSpec(set).className} ev-fp label-${place.side}`,
    content: [
      ...members.map((c) => `${c.spec.eventId}:${c.spec.label}:${c.color}`),
      header,
      place.side,
      Math.round(place.left - m.x0),
      place.width,
      f.from,
      f.to,
      rowGap,
    ].join("|"),
    limitSize: false,
    seq,
    set: { members, offset: 0, width: place.width, rowGap, card },
  };
}

/**
 * A window's items with those that share a span made sets (shareSpans): the specs to place,
 * in which each set stands once, and the sets by id.
 */
export function withSets(
  items: TimelineItemSpec[],
  keep: ReadonlySet<string>,
  px: (ms: number) => number,
  view: number,
): { specs: TimelineItemSpec[]; sets: Map<string, SpanSet> } {
  const shown = (a: number, b: number) => Math.min(px(b), view) - Math.max(px(a), 0);
  const { sets, rest } = shareSpans(items, keep, shown);
  if (!sets.length) return { specs: items, sets: new Map() };
  return { specs: [...rest, ...sets.map(setSpec)], sets: new Map(sets.map((st) => [st.id, st])) };
}

/** The events with no room on screen, a set standing for its members. */
export function eventsOf(ids: string[], sets: ReadonlyMap<string, SpanSet>): string[] {
  return sets.size ? ids.flatMap((id) => sets.get(id)?.members.map((m) => m.eventId) ?? [id]) : ids;
}

/** The px between rows of chips, for titles of `fontPx` type. */
export function chipRowGap(fontPx: number): number {
  return Math.ceil(fontPx * 0.17);
}

/** Gives each set's mark its chips' shapes, and the weight of the events it stands for. */
export function placeSets(
  marks: Array<{
    spec: TimelineItemSpec;
    x0: number;
    x1: number;
    shapes?: LabelPlacement[];
    across?: boolean;
    weight?: number;
  }>,
  sets: ReadonlyMap<string, SpanSet>,
  ctx: SetGeometry & { lang: Lang },
): void {
  if (!sets.size) return;
  for (const m of marks) {
    const set = sets.get(m.spec.id);
    if (!set) continue;
    if (set.kind === "bar") {
      m.shapes = [setPlacement(set, m.x0, m.x1, ctx)];
      m.across = true;
    } else m.shapes = cardShapes(set, cardHeader(set, ctx.lang), m.x0, m.x1, ctx);
    m.weight = set.members.length;
  }
}
