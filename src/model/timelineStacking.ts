/**
 * How a window's titles are stacked, row group by row group: in the order that loses least to the
 * panel's bottom (stackBestOrder), and which events then have no room and go into blocks. Without
 * rows (which scroll), an event whose label would land below `room` is counted in a block instead
 * of drawn out of sight. The step's events come first, then the events that may not go into a
 * block (selected, highlighted), then the milestones (eventSignificance.ts), and the events just
 * off screen (there for a pan) last: stacked before, they would push down those in view.
 */
import type { DatasetIndex } from "./datasetIndex.ts";
import { milestoneEvents, significanceRanks } from "./eventSignificance.ts";
import type { TimelineItemSpec } from "./timelineItems.ts";
import {
  LABEL_OPTIONS,
  labelChoices,
  placeLabel,
  type LabelOptions,
  type LabelPlacement,
  type Measure,
} from "./timelineLabels.ts";

export interface StackOptions {
  /** Height of a line of title text, px */
  lineHeight: number;
  /** Padding above and below a title, px (together) */
  pad: number;
  /** Between stacked items, px */
  rowGap: number;
  /** Kept free after a label, px */
  labelGap: number;
}

export const STACK_OPTIONS: StackOptions = { lineHeight: 15, pad: 2, rowGap: 3, labelGap: 8 };

export interface StackedLabel extends LabelPlacement {
  /** Footprint with the gap after the label, px from the window's left edge */
  from: number;
  to: number;
  /** Where the item lands when stacked first-fit in this order, px from the top; and its height */
  top: number;
  height: number;
}

/** A label's height in the stack: its lines, its padding, and a shared bar's gaps between rows of chips. */
function labelHeight(p: LabelPlacement, stack: StackOptions): number {
  return p.lines * stack.lineHeight + stack.pad + (p.gapsPx ?? 0);
}

/** A mark to stack: its px, its own label options or shapes, and where its item's extent is rounded from. */
export interface StackMark {
  title: string;
  x0: number;
  x1: number;
  /** A mark's own label options (presenting, the step's event may take more lines) */
  opts?: LabelOptions;
  shapes?: LabelPlacement[];
  /**
   * The mark's own ends, px: its item's extent is whole px from them (timelineEventItem.ts
   * `footprint`), and so is its footprint here, so that items that touch on screen touch here
   */
  a?: number;
  b?: number;
  /** Kept round the mark inside its item (a selected mark's ring), px */
  ring?: number;
}

/** vis-timeline's own tolerance when it compares items' extents */
const EPSILON = 0.001;

/** A mark's label choices, worked out once however many orders it is stacked in (they depend on it alone). */
export type ChoicesOf = (m: StackMark) => LabelPlacement[];

export function choicesOf(view: number, measure: Measure, opts: LabelOptions = LABEL_OPTIONS): ChoicesOf {
  const known = new Map<StackMark, LabelPlacement[]>();
  return (m) => {
    let c = known.get(m);
    if (!c) known.set(m, (c = m.shapes ?? labelChoices(m.title, m.x0, m.x1, view, measure, m.opts ?? opts)));
    return c;
  };
}

/**
 * Places the titles of a window's marks (given in start order) and stacks them first-fit in that
 * order, as vis-timeline's own stacking does when fed the same order: where each lands, so that
 * the view can tell which would fall below the panel's bottom. Of a title's choices
 * (labelChoices), each takes the one whose bottom lands highest: a title beside a crowded
 * neighbour goes to its other side, or onto more lines, rather than below it.
 */
export function stackLabels(
  marks: StackMark[],
  view: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
  stack: StackOptions = STACK_OPTIONS,
  choices: ChoicesOf = choicesOf(view, measure, opts),
  /** The first marks' places, known from a stacking of the same first marks */
  start: readonly StackedLabel[] = [],
  /** Stop at the first label that ends below this, px (the rest are then not placed) */
  limit = Infinity,
): StackedLabel[] {
  const placed: StackedLabel[] = start.slice();
  // vis-timeline's own rule: of the items it overlaps in time, taken by their top, each one it
  // would touch (closer than the row gap) moves it below that one. It counts an item placed
  // before that starts where this one ends as overlapping (not one that ends where it starts).
  // One pass, so a window's stacking costs about the square of its items, not the cube.
  const lowestTop = (from: number, to: number, height: number) => {
    const across = placed.filter((p) => from < p.to - EPSILON && p.from <= to + EPSILON).sort((a, b) => a.top - b.top);
    let top = 0;
    for (const p of across)
      if (top - stack.rowGap < p.top + p.height && top + height + stack.rowGap > p.top)
        top = p.top + p.height + stack.rowGap;
    return top;
  };
  for (const m of start.length ? marks.slice(start.length) : marks) {
    let best: StackedLabel | null = null;
    // A set's chips (spanSets.ts) have their own shapes: a bar's one, a card's several.
    for (const p of choices(m)) {
      // The gap after a label is part of its footprint (the timeline keeps no margin of its own).
      const ring = m.ring ?? 0;
      let from = Math.min(p.side === "left" ? Math.min(p.start, p.left - stack.labelGap) : p.start, m.x0 - ring);
      let to = Math.max(p.side === "left" ? p.end : Math.max(p.end, p.left + p.width + stack.labelGap), m.x1 + ring);
      if (m.a !== undefined && m.b !== undefined) {
        from = m.a + Math.round(from - m.a);
        to = m.b + Math.round(to - m.b);
      }
      const height = labelHeight(p, stack);
      const top = lowestTop(from, to, height);
      if (!best || top + height < best.top + best.height) best = { ...p, from, to, height, top };
      // Nothing lands higher than the top row.
      if (top === 0 && best.top === 0) break;
    }
    placed.push(best!);
    if (best!.top + best!.height > limit) break;
  }
  return placed;
}

/**
 * Of several orders of the same marks, the one whose stacking loses least below `room` (the
 * panel's usable height), each mark lost costing its `weight` (a milestone more than the rest):
 * first-fit in start order stacks labels in a staircase down to the right, and the last marks of
 * a crowded window then find no room, though the panel's other corner may be empty; taken from
 * the right, they take it. The first order wins ties; the others are tried only when it loses some.
 */
export function stackBestOrder<M extends StackMark>(
  orders: M[][],
  room: number,
  view: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
  stack: StackOptions = STACK_OPTIONS,
  weight: (m: M) => number = () => 1,
  choices: ChoicesOf = choicesOf(view, measure, opts),
): { marks: M[]; placed: StackedLabel[] } {
  let best: { marks: M[]; placed: StackedLabel[]; lost: number } | null = null;
  for (const marks of orders) {
    const placed = stackLabels(marks, view, measure, opts, stack, choices);
    let lost = 0;
    placed.forEach((p, i) => {
      if (p.top + p.height > room) lost += weight(marks[i]);
    });
    if (!best || lost < best.lost) best = { marks, placed, lost };
    if (lost === 0) break;
  }
  return best ?? { marks: [], placed: [] };
}

export interface WindowMark extends StackMark {
  spec: TimelineItemSpec;
  /** A set's shapes (spanSets.ts: a bar's one, a card's several), and how many events it stands for */
  shapes?: LabelPlacement[];
  /** The set is a bar across the window, stacked first */
  across?: boolean;
  weight?: number;
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

/** How many of a window's events with no room are tried again once the rest are stacked without them */
const REFILL_TRIES = 24;

/**
 * The marks of `order` but those with no room (`out`), stacked; taken out, they leave room that
 * the rest may not fill, so each of them in turn (the first REFILL_TRIES) goes back in its place
 * in `order` if every label then still ends above `room`.
 */
export function refill<M extends StackMark>(
  order: M[],
  out: M[],
  room: number,
  view: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
  stack: StackOptions = STACK_OPTIONS,
  choices: ChoicesOf = choicesOf(view, measure, opts),
): { kept: M[]; placed: StackedLabel[] } {
  const noRoom = new Set(out);
  const taken = new Set(order.filter((m) => !noRoom.has(m)));
  let kept = order.filter((m) => taken.has(m));
  let placed = stackLabels(kept, view, measure, opts, stack, choices);
  for (const m of out.slice(0, REFILL_TRIES)) {
    const again = order.filter((o) => o === m || taken.has(o));
    // The marks before it land where they did.
    const at = again.indexOf(m);
    const stacked = stackLabels(again, view, measure, opts, stack, choices, placed.slice(0, at), room);
    if (stacked.length < again.length || !stacked.every((p) => p.top + p.height <= room)) continue;
    taken.add(m);
    kept = again;
    placed = stacked;
  }
  return { kept, placed };
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
  for (const all of byGroup.values()) {
    if (ctx.grouped) {
      rows.push({ kept: all, placed: stackLabels(all, view, measure, labelOpts, stackOpts) });
      continue;
    }
    // A shared bar that would fill more than half the panel (a phone's) leaves the room to the
    // rest: its events go to a block.
    const tall = (m: M) =>
      !!m.across && !ctx.keep.has(m.spec.eventId) && labelHeight(m.shapes![0], stackOpts) > room / 2;
    const list = all.some(tall) ? all.filter((m) => !tall(m)) : all;
    if (list !== all) noRoom.push(...all.filter(tall).map((m) => m.spec.eventId));
    // A shared bar (spanSets.ts) spans the window: stacked first, it takes the top rows, not a
    // band through the middle that the rest must stack around. The events never sent to a block
    // (selected, highlighted) come next: stacked after others, they could be pushed below the
    // panel's bottom with no block to count them, and be drawn cut there.
    const rank = (m: M) => {
      const id = m.spec.eventId;
      if (ctx.focal?.has(id)) return 0;
      if (m.across) return 0.5;
      if (!(m.x1 > 0 && m.x0 < view)) return 3;
      if (ctx.keep.has(id)) return 0.75;
      return milestones.has(id) ? 1 : 2;
    };
    // From the left, from the right, and by significance (then only the least significant find
    // no room). A milestone lost to a block weighs as much as all the others.
    const fromLeft = [...list].sort((m, n) => rank(m) - rank(n));
    const fromRight = [...list].sort((m, n) => rank(m) - rank(n) || n.x1 - m.x1 || n.x0 - m.x0);
    const bySignificance = [...list].sort(
      (m, n) => rank(m) - rank(n) || (ranks.get(m.spec.eventId) ?? 0) - (ranks.get(n.spec.eventId) ?? 0),
    );
    // Stacked last, a card (spanSets.ts) takes what room the others leave below them.
    const orders = [fromLeft, fromRight, bySignificance];
    const card = (m: M) => !!m.shapes && !m.across;
    if (list.some(card)) orders.push([...fromLeft.filter((m) => !card(m)), ...fromLeft.filter(card)]);
    const weight = (m: M) => (milestones.has(m.spec.eventId) ? list.length : (m.weight ?? 1));
    const choices = choicesOf(view, measure, labelOpts);
    const best = stackBestOrder(orders, room, view, measure, labelOpts, stackOpts, weight, choices);
    const over = new Set(
      best.marks
        .filter((m, i) => best.placed[i].top + best.placed[i].height > room && !ctx.keep.has(m.spec.eventId))
        .map((m) => m.spec.eventId),
    );
    if (!over.size) {
      rows.push({ kept: best.marks, placed: best.placed });
      continue;
    }
    const back = best.marks.filter((m) => over.has(m.spec.eventId));
    back.sort((m, n) => weight(n) - weight(m) || (ranks.get(m.spec.eventId) ?? 0) - (ranks.get(n.spec.eventId) ?? 0));
    const { kept, placed } = refill(best.marks, back, room, view, measure, labelOpts, stackOpts, choices);
    for (const m of kept) over.delete(m.spec.eventId);
    noRoom.push(...over);
    rows.push({ kept, placed });
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
      shapes: undefined as LabelPlacement[] | undefined,
      across: undefined as boolean | undefined,
      weight: undefined as number | undefined,
      ring: undefined as number | undefined,
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
