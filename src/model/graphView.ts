/**
 * What the network shows for the current filters and window: which nodes and edges are visible,
 * how big actors are, and which get a permanent label. Pure: sigma reducers read the result.
 */
import type { DatasetIndex } from "./datasetIndex.ts";
import { actorNode, eventNode, type EdgeAttrs } from "./buildActorGraph.ts";
import { SUBJECT_ACTORS } from "./eventSignificance.ts";

export interface GraphViewOptions {
  hidePersons: boolean;
  collapse: boolean;
  /** How many actors get an always-on label */
  labelCount?: number;
  /**
   * Most nodes drawn one by one. Beyond it (a wide window on a big dataset) the view shows the
   * `actorBudget` most active actors and their relations, without event nodes, and says so.
   */
  nodeBudget?: number;
  actorBudget?: number;
}

/** Level-of-detail defaults: the curated data (a few hundred nodes) never comes near them. */
export const NODE_BUDGET = 5000;
export const ACTOR_BUDGET = 1500;

/**
 * Canvas area (px²) per actor drawn in the reduced view: with a fixed number, a small panel's discs
 * covered more than the panel and were drawn over one another, paid for but not seen. At one per
 * 600 px² they cover about three fifths of it (docs/performance.md).
 */
export const AREA_PER_ACTOR = 600;
/** A phone's panel still gets a readable few. */
export const MIN_ACTOR_BUDGET = 150;
/** In steps, so that dragging a window's edge does not change what is drawn at every pixel. */
const BUDGET_STEP = 50;

/** How many actors the reduced view draws on a canvas of this size: by area, within bounds. */
export function actorBudgetFor(width: number, height: number): number {
  const byArea = (Math.max(0, width) * Math.max(0, height)) / AREA_PER_ACTOR;
  const stepped = Math.round(byArea / BUDGET_STEP) * BUDGET_STEP;
  return Math.max(MIN_ACTOR_BUDGET, Math.min(ACTOR_BUDGET, stepped));
}

export interface GraphView {
  visibleNodes: Set<string>;
  /** Edge keys are visible when both ends are, except by mode: */
  showRollupEdges: boolean;
  /** Actor node → number of visible events it takes part in */
  actorCounts: Map<string, number>;
  labelled: Set<string>;
  /** Set when the budget applied: what the window holds, and how many actors are drawn */
  reduced: { events: number; actors: number; shown: number } | null;
}

export function computeGraphView(index: DatasetIndex, visibleEvents: string[], opts: GraphViewOptions): GraphView {
  const { keysOf, actorKeys } = eventKeys(index, opts);
  // Count into a typed array by actor slot. Maps are built only for what is kept: a wide window at
  // 100× touches 13,000 actors, of which the view keeps at most 1,500.
  const counts = new Int32Array(actorKeys.length);
  const touched: number[] = [];
  for (const id of visibleEvents) {
    for (const slot of keysOf(id).actors) if (counts[slot]++ === 0) touched.push(slot);
  }
  const top = (k: number) => topSlots(touched, counts, actorKeys, k);
  const labelCount = opts.labelCount ?? 14;
  const budget = opts.nodeBudget ?? NODE_BUDGET;
  if (visibleEvents.length + touched.length <= budget) {
    const actorCounts = new Map<string, number>();
    for (const slot of touched) actorCounts.set(actorKeys[slot], counts[slot]);
    const visibleNodes = new Set<string>(actorCounts.keys());
    for (const id of visibleEvents) visibleNodes.add(keysOf(id).node);
    const labelled = withSubject(new Set(top(labelCount).map(([k]) => k)), visibleNodes);
    return { visibleNodes, showRollupEdges: opts.collapse, actorCounts, labelled, reduced: null };
  }
  const keep = Math.min(budget, opts.actorBudget ?? ACTOR_BUDGET);
  const kept = top(Math.max(keep, labelCount));
  // The ranking is a total order, so the labelled few are the first of those kept.
  const labelled = new Set(kept.slice(0, labelCount).map(([k]) => k));
  kept.length = Math.min(kept.length, keep);
  const visibleNodes = new Set(kept.map(([k]) => k));
  withSubject(labelled, visibleNodes);
  return {
    visibleNodes,
    showRollupEdges: opts.collapse,
    actorCounts: new Map(kept),
    labelled,
    reduced: { events: visibleEvents.length, actors: touched.length, shown: kept.length },
  };
}

/** China and IOM, the product's subject, are named wherever they are drawn. */
function withSubject(labelled: Set<string>, visible: Set<string>): Set<string> {
  for (const id of SUBJECT_ACTORS) if (visible.has(actorNode(id))) labelled.add(actorNode(id));
  return labelled;
}

export interface EventKeys {
  node: string;
  /** Slots (in the mode's `actorKeys`) of the distinct actor nodes the event counts for */
  actors: number[];
}

export interface ModeKeys {
  keysOf: (eventId: string) => EventKeys;
  /** Actor node keys by slot */
  actorKeys: string[];
}

// Per dataset and mode (collapse × hide persons), each event's node key and actor slots, worked
// out once: a pan over a big dataset then only counts.
const keyCache = new WeakMap<DatasetIndex, Map<string, ModeKeys>>();

/** Each event's node key and the actor nodes it counts for in a mode: the one way of counting. */
export function eventKeys(index: DatasetIndex, opts: Pick<GraphViewOptions, "collapse" | "hidePersons">): ModeKeys {
  let byMode = keyCache.get(index);
  if (!byMode) keyCache.set(index, (byMode = new Map()));
  const mode = `${opts.collapse}|${opts.hidePersons}`;
  const cached = byMode.get(mode);
  if (cached) return cached;
  const byEvent = new Map<string, EventKeys>();
  // Every actor has a slot from the start, so a count array sized once never misses one.
  const actorKeys = index.dataset.actors.map((a) => actorNode(a.id));
  const slotOf = new Map(index.dataset.actors.map((a, i) => [a.id, i]));
  const keysOf = (id: string): EventKeys => {
    let keys = byEvent.get(id);
    if (keys) return keys;
    const actors = new Set<number>();
    for (const { id: actor } of index.eventsById.get(id)!.actors) {
      const shown = opts.collapse ? index.rootOf.get(actor)! : actor;
      if (opts.hidePersons && index.actorsById.get(shown)?.type === "person") continue;
      actors.add(slotOf.get(shown)!);
    }
    keys = { node: eventNode(id), actors: [...actors] };
    byEvent.set(id, keys);
    return keys;
  };
  const modeKeys = { keysOf, actorKeys };
  byMode.set(mode, modeKeys);
  return modeKeys;
}

/**
 * The k first entries in `byActivity` order, without sorting them all: a histogram of the counts
 * (events in view: non-negative integers) finds the lowest count that still makes the cut, and
 * only the entries at or above it are sorted.
 */
export function topByActivity(counts: Map<string, number>, k: number): Array<[string, number]> {
  return topOf([...counts.keys()], [...counts.values()], k);
}

/** topByActivity over counted slots: `counts[slot]` for each slot in `slots`, named by `keys[slot]`. */
function topSlots(slots: number[], counts: Int32Array, keys: string[], k: number): Array<[string, number]> {
  const values = new Int32Array(slots.length);
  for (let i = 0; i < slots.length; i++) values[i] = counts[slots[i]];
  return topOf({ at: (i) => keys[slots[i]] }, values, k);
}

/** The shared cut: `names` and `values` are parallel; a name is only read if it makes the cut. */
function topOf(
  names: { at(i: number): string | undefined },
  values: ArrayLike<number>,
  k: number,
): Array<[string, number]> {
  const n = values.length;
  if (k <= 0) return [];
  let cut = -Infinity;
  if (n > k) {
    // Counts are small non-negative integers (events in view): a typed histogram by count.
    let max = 0;
    for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
    const histogram = new Int32Array(max + 1);
    for (let i = 0; i < n; i++) histogram[values[i]]++;
    let taken = 0;
    for (let level = max; level >= 0; level--) {
      if (!histogram[level]) continue;
      cut = level;
      taken += histogram[level];
      if (taken >= k) break;
    }
  }
  const top: Array<[string, number]> = [];
  for (let i = 0; i < n; i++) if (values[i] >= cut) top.push([names.at(i)!, values[i]]);
  return top.sort(byActivity).slice(0, k);
}

/** Most events in view first, then by key: the one order for ranking actors. */
export function byActivity(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
}

/** Whether an edge between two shown nodes is drawn: rollups only when the hierarchy is collapsed. */
export function edgeShown(view: GraphView, attrs: EdgeAttrs): boolean {
  return attrs.edgeType !== "rollup" || view.showRollupEdges;
}

/**
 * computeGraphView, recomputed only when its inputs change: the deriver hands back the same
 * events array while filters and window stay the same, so a selection or a language switch
 * reuses the view.
 */
export function memoGraphView(index: DatasetIndex): (events: string[], opts: GraphViewOptions) => GraphView {
  let lastEvents: string[] | null = null;
  let lastOpts = "";
  let last: GraphView | null = null;
  return (events, opts) => {
    const key = JSON.stringify(opts);
    if (last && events === lastEvents && key === lastOpts) return last;
    lastEvents = events;
    lastOpts = key;
    last = computeGraphView(index, events, opts);
    return last;
  };
}

/** Node size for an actor taking part in n visible events. */
export function actorSize(n: number): number {
  return 3 + 2.2 * Math.sqrt(n);
}

/**
 * Nodes whose drawing differs between two views (shown or hidden, size, permanent label), so the
 * renderer can update just those instead of the whole graph. Linear in the visible nodes of both.
 */
export function changedNodes(a: GraphView, b: GraphView): string[] {
  const out: string[] = [];
  for (const n of a.visibleNodes) {
    if (
      !b.visibleNodes.has(n) ||
      a.actorCounts.get(n) !== b.actorCounts.get(n) ||
      a.labelled.has(n) !== b.labelled.has(n)
    )
      out.push(n);
  }
  for (const n of b.visibleNodes) if (!a.visibleNodes.has(n)) out.push(n);
  return out;
}
