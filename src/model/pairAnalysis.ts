/**
 * Connections between two actors, each standing for itself and its bodies (China with its
 * ministries, IOM with its offices): the relations between them, the events in which both take
 * part, the intermediaries (actors with events alongside each of the two, ranked by the fewer of
 * the two counts). A shared event is the shortest chain between them; without one, the chain is
 * searched for apart (chainSearch.ts), as it needs a graph of the whole dataset.
 */
import type { Relation } from "../data/schema.ts";
import { withDescendants, type DatasetIndex } from "./datasetIndex.ts";

export interface Intermediary {
  id: string;
  /** Events the intermediary shares with the first actor (or its bodies), in date order */
  withA: string[];
  withB: string[];
}

export interface PairAnalysis {
  a: string;
  b: string;
  familyA: string[];
  familyB: string[];
  /** Relations with one end in each family, earliest first */
  relations: Relation[];
  /** Events in which both take part, in date order */
  shared: string[];
  intermediaries: Intermediary[];
}

export interface PairOptions {
  /** Count intermediaries as their top parents (the network's "collapse hierarchy") */
  collapse?: boolean;
}

export function analysePair(index: DatasetIndex, a: string, b: string, opts: PairOptions = {}): PairAnalysis {
  const familyA = withDescendants(index, a);
  const familyB = withDescendants(index, b);
  const inA = new Set(familyA);
  const inB = new Set(familyB);
  const relations = index.dataset.relations
    .filter((r) => (inA.has(r.from) && inB.has(r.to)) || (inB.has(r.from) && inA.has(r.to)))
    .sort((x, y) => (x.start ?? "9999").localeCompare(y.start ?? "9999") || (x.id < y.id ? -1 : 1));
  const shared: string[] = [];
  const withA = new Map<string, string[]>();
  const withB = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, key: string, id: string) => {
    const list = m.get(key);
    if (!list) m.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  // One pass over the events of either family, in date order (the chronological list is the order).
  const touched = new Set<string>();
  for (const actor of [...familyA, ...familyB]) for (const e of index.eventsOfActor.get(actor) ?? []) touched.add(e);
  for (const id of index.chronological) {
    if (!touched.has(id)) continue;
    const actors = index.eventsById.get(id)!.actors;
    const hasA = actors.some((x) => inA.has(x.id));
    const hasB = actors.some((x) => inB.has(x.id));
    if (hasA && hasB) shared.push(id);
    for (const { id: x } of actors) {
      if (inA.has(x) || inB.has(x)) continue;
      const key = opts.collapse ? index.rootOf.get(x)! : x;
      if (inA.has(key) || inB.has(key)) continue;
      if (hasA) add(withA, key, id);
      if (hasB) add(withB, key, id);
    }
  }
  const intermediaries: Intermediary[] = [];
  for (const [id, listA] of withA) {
    const listB = withB.get(id);
    if (listB) intermediaries.push({ id, withA: listA, withB: listB });
  }
  intermediaries.sort(byBrokerage);
  return { a, b, familyA, familyB, relations, shared, intermediaries };
}

/** The fewer of the two counts first (a broker needs both sides), then the total, then the id. */
export function byBrokerage(x: Intermediary, y: Intermediary): number {
  const min = (i: Intermediary) => Math.min(i.withA.length, i.withB.length);
  const sum = (i: Intermediary) => i.withA.length + i.withB.length;
  return min(y) - min(x) || sum(y) - sum(x) || (x.id < y.id ? -1 : 1);
}

/** The events of an intermediary with either of the pair, in date order, each once. */
export function eventsOfIntermediary(index: DatasetIndex, i: Intermediary): string[] {
  const ids = new Set([...i.withA, ...i.withB]);
  return index.chronological.filter((id) => ids.has(id));
}

// The last few analyses asked for, per dataset: the details panel, the network and the timeline
// all ask for the same pair in one update.
const memo = new WeakMap<DatasetIndex, Map<string, PairAnalysis>>();

/** analysePair, remembered (the few most recent pairs and modes). */
export function pairAnalysisFor(index: DatasetIndex, pair: [string, string], opts: PairOptions = {}): PairAnalysis {
  let m = memo.get(index);
  if (!m) memo.set(index, (m = new Map()));
  const key = `${pair[0]}|${pair[1]}|${!!opts.collapse}`;
  let p = m.get(key);
  if (!p) {
    p = analysePair(index, pair[0], pair[1], opts);
    m.set(key, p);
    if (m.size > 6) m.delete(m.keys().next().value!);
  }
  return p;
}

/** The events the pair view picks out: the shared ones, or the chosen intermediary's with the pair. */
export function pairHighlightEvents(index: DatasetIndex, p: PairAnalysis, via: string | null): string[] {
  const i = via ? p.intermediaries.find((x) => x.id === via) : undefined;
  return i ? eventsOfIntermediary(index, i) : p.shared;
}
