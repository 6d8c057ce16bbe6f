/**
 * How a window's titles are stacked, row group by row group: in the order that loses least to the
 * panel's bottom (stackBestOrder), and which events then have no room and go into blocks. Without
 * rows (which scroll), an event whose label would land below `room` is counted in a block instead
 * of drawn out of sight. The step's events come first, then the milestones (eventSignificance.ts),
 * and the events just off screen (there for a pan) last: stacked before, they would push down
 * those in view.
 */
import type { DatasetIndex } from "./datasetIndex.ts";
import { milestoneEvents, significanceRanks } from "./eventSignificance.ts";
import type { TimelineItemSpec } from "./timelineItems.ts";
import {
  placeLabel,
  stackBestOrder,
  stackLabels,
  type LabelOptions,
  type Measure,
  type StackedLabel,
  type StackOptions,
} from "./timelineLabels.ts";

export interface WindowMark {
  spec: TimelineItemSpec;
  title: string;
  x0: number;
  x1: number;
  opts?: LabelOptions;
}

export interface StackContext {
  /** Rows per group scroll, so only an ungrouped timeline sends events with no room to blocks */
  grouped: boolean;
  /** Usable height for labels, px */
  room: number;
  /** Width of the visible timeline, px */
  view: number;
  measure: Measure;
  labelOpts: LabelOptions;
  stackOpts: StackOptions;
  /** Events never sent to a block (selected, highlighted, the step's) */
  keep: ReadonlySet<string>;
  /** The step's events, stacked first */
  focal: ReadonlySet<string> | null;
}

export function stackWindow<M extends WindowMark>(
  index: DatasetIndex,
  /** In start order */
  marks: M[],
  ctx: StackContext,
): { rows: Array<{ kept: M[]; placed: StackedLabel[] }>; noRoom: string[] } {
  const { room, view, measure, labelOpts, stackOpts } = ctx;
  const byGroup = new Map<string | null, M[]>();
  for (const m of marks) {
    const list = byGroup.get(m.spec.group) ?? [];
    list.push(m);
    byGroup.set(m.spec.group, list);
  }
  const milestones = milestoneEvents(index);
  const ranks = significanceRanks(index);
  const rows: Array<{ kept: M[]; placed: StackedLabel[] }> = [];
  const noRoom: string[] = [];
  for (const list of byGroup.values()) {
    if (ctx.grouped) {
      rows.push({ kept: list, placed: stackLabels(list, view, measure, labelOpts, stackOpts) });
      continue;
    }
    const rank = (m: M) =>
      ctx.focal?.has(m.spec.eventId) ? 0 : !(m.x1 > 0 && m.x0 < view) ? 3 : milestones.has(m.spec.eventId) ? 1 : 2;
    // From the left, from the right, and by significance (then only the least significant find
    // no room). A milestone lost to a block weighs as much as all the others.
    const fromLeft = [...list].sort((m, n) => rank(m) - rank(n));
    const fromRight = [...list].sort((m, n) => rank(m) - rank(n) || n.x1 - m.x1 || n.x0 - m.x0);
    const bySignificance = [...list].sort(
      (m, n) => rank(m) - rank(n) || (ranks.get(m.spec.eventId) ?? 0) - (ranks.get(n.spec.eventId) ?? 0),
    );
    const best = stackBestOrder(
      [fromLeft, fromRight, bySignificance],
      room,
      view,
      measure,
      labelOpts,
      stackOpts,
      (m) => (milestones.has(m.spec.eventId) ? list.length : 1),
    );
    const over = new Set(
      best.marks
        .filter((m, i) => best.placed[i].top + best.placed[i].height > room && !ctx.keep.has(m.spec.eventId))
        .map((m) => m.spec.eventId),
    );
    if (!over.size) {
      rows.push({ kept: best.marks, placed: best.placed });
      continue;
    }
    noRoom.push(...over);
    const kept = best.marks.filter((m) => !over.has(m.spec.eventId));
    rows.push({ kept, placed: stackLabels(kept, view, measure, labelOpts, stackOpts) });
  }
  return { rows, noRoom };
}

/**
 * A window's marks in px from its left edge (a point's dot `dot` px wide, a bar at least 4), in
 * start order. Presenting, the step's events (`focal`) come first — in the top row, never pushed
 * below the panel — and their titles are never cut short: up to half the panel wide, and if three
 * lines of that still do not hold them, up to six.
 */
export function windowMarks(
  items: TimelineItemSpec[],
  px: (ms: number) => number,
  dot: number,
  ctx: Pick<StackContext, "view" | "measure" | "labelOpts" | "focal">,
) {
  const marks = items.map((spec) => {
    const point = spec.type === "point";
    const a = px(spec.start);
    const b = point ? a : px(spec.end!);
    return {
      spec,
      point,
      a,
      b,
      x0: point ? a - dot / 2 : a,
      x1: point ? a + dot / 2 : Math.max(b, a + 4),
      title: spec.label,
      opts: undefined as LabelOptions | undefined,
    };
  });
  marks.sort((m, n) => m.x0 - n.x0 || m.x1 - n.x1 || (m.spec.id < n.spec.id ? -1 : 1));
  const { focal, labelOpts, view, measure } = ctx;
  if (focal?.size) {
    marks.sort((m, n) => Number(focal.has(n.spec.eventId)) - Number(focal.has(m.spec.eventId)));
    const wide = { ...labelOpts, longWidth: Math.max(labelOpts.longWidth, view / 2) };
    for (const m of marks)
      if (focal.has(m.spec.eventId))
        m.opts = placeLabel(m.title, m.x0, m.x1, view, measure, wide).clamped ? { ...wide, maxLines: 6 } : wide;
  }
  return marks;
}
