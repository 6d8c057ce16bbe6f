/**
 * A shared bar's item (spanSets.ts): one bar across the events' common span, their titles packed
 * in it as chips, each chip its own event with its theme colour at its edge.
 */
import { packChips, shareSpans, type SpanSet } from "../model/spanSets.ts";
import type { LabelOptions, LabelPlacement, Measure } from "../model/timelineLabels.ts";
import type { TimelineItemSpec } from "../model/timelineItems.ts";
import type { VisItem } from "./timelineEventItem.ts";

/** A chip's coloured edge and padding, and the space between chips, px (timelineView.css) */
export const CHIP_EXTRA = 10;
export const CHIP_GAP = 10;

/** The set as a spec the stacking can place like any bar (its id is the set's). */
export function setSpec(set: SpanSet): TimelineItemSpec {
  const first = set.members[0];
  const precision = /precision-\w+/.exec(first.className)?.[0] ?? "";
  return { ...first, id: set.id, eventId: set.id, label: "", className: `ev-set ${precision}` };
}

/** The chips' one shape: inside the part of the bar on screen, as many lines as they pack into. */
export function setPlacement(
  set: SpanSet,
  x0: number,
  x1: number,
  view: number,
  measure: Measure,
  opts: LabelOptions,
  rowGap: number,
): LabelPlacement & { rowGap: number } {
  const left = Math.max(x0, 0) + opts.inset;
  const width = Math.max(40, Math.min(x1, view) - opts.inset - left);
  const { lines, rows } = packChips(
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
    clamped: false,
    start: x0,
    end: x1,
  };
}

export function setItem(
  set: SpanSet,
  x0: number,
  place: LabelPlacement & { rowGap?: number },
  seq: number,
  color: (m: TimelineItemSpec) => string,
): VisItem {
  const members = set.members.map((m) => ({ spec: m, color: color(m) }));
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

/**
 * A window's items with those that share a wide bar made sets (shareSpans): the specs to place,
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

/** Gives each set's mark its chips' one shape, and the weight of the events it stands for. */
export function placeSets(
  marks: Array<{ spec: TimelineItemSpec; x0: number; x1: number; fixed?: LabelPlacement; weight?: number }>,
  sets: ReadonlyMap<string, SpanSet>,
  ctx: { view: number; measure: Measure; labelOpts: LabelOptions; rowGap: number },
): void {
  if (!sets.size) return;
  for (const m of marks) {
    const set = sets.get(m.spec.id);
    if (!set) continue;
    m.fixed = setPlacement(set, m.x0, m.x1, ctx.view, ctx.measure, ctx.labelOpts, ctx.rowGap);
    m.weight = set.members.length;
  }
}
