/**
 * Lookups derived once from a validated dataset: actors by id, the actor hierarchy,
 * each event's time span, and events sorted by start for window queries.
 */
import type { Dataset } from "../data/dataFiles.ts";
import { endMs, startMs } from "../data/partialDate.ts";
import type { Actor, MigrationEvent, Theme } from "../data/schema.ts";

export interface EventSpan {
  start: number;
  /** Exclusive end: the first instant after the period the date covers */
  end: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  eventsById: Map<string, MigrationEvent>;
  actorsById: Map<string, Actor>;
  themesById: Map<string, Theme>;
  childrenOf: Map<string, string[]>;
  /** Topmost ancestor of each actor (itself when it has no parent) */
  rootOf: Map<string, string>;
  spans: Map<string, EventSpan>;
  /** Event ids sorted by start, then id — the order of every list in the app */
  chronological: string[];
  eventsOfActor: Map<string, string[]>;
  /** Bounds of the data, ms: earliest start and latest end */
  extent: EventSpan;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const childrenOf = new Map<string, string[]>();
  for (const a of dataset.actors) {
    if (a.parent && actorsById.has(a.parent)) {
      const list = childrenOf.get(a.parent) ?? [];
      list.push(a.id);
      childrenOf.set(a.parent, list);
    }
  }
  const rootOf = new Map<string, string>();
  for (const a of dataset.actors) rootOf.set(a.id, findRoot(a.id, actorsById));

  const spans = new Map<string, EventSpan>();
  for (const e of dataset.events)
    spans.set(e.id, { start: startMs(e.date.start), end: endMs(e.date.end ?? e.date.start) });
  const chronological = dataset.events
    .map((e) => e.id)
    .sort((a, b) => spans.get(a)!.start - spans.get(b)!.start || (a < b ? -1 : 1));

  const eventsById = new Map(dataset.events.map((e) => [e.id, e]));
  const eventsOfActor = new Map<string, string[]>();
  for (const id of chronological) {
    // An actor may hold two roles in one event; count the event once.
    for (const actor of new Set(eventsById.get(id)!.actors.map((a) => a.id))) {
      const list = eventsOfActor.get(actor) ?? [];
      list.push(id);
      eventsOfActor.set(actor, list);
    }
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans.values()) {
    lo = Math.min(lo, s.start);
    hi = Math.max(hi, s.end);
  }
  return {
    dataset,
    eventsById,
    actorsById,
    themesById: new Map(dataset.themes.map((t) => [t.id, t])),
    childrenOf,
    rootOf,
    spans,
    chronological,
    eventsOfActor,
    extent: { start: lo, end: hi },
  };
}

function findRoot(id: string, actorsById: Map<string, Actor>): string {
  const seen = new Set<string>();
  let at = id;
  for (;;) {
    const parent = actorsById.get(at)?.parent;
    if (!parent || !actorsById.has(parent) || seen.has(parent)) return at;
    seen.add(at);
    at = parent;
  }
}

/** An actor and everything below it in the hierarchy. */
export function withDescendants(index: DatasetIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const at = stack.pop()!;
    if (out.includes(at)) continue;
    out.push(at);
    stack.push(...(index.childrenOf.get(at) ?? []));
  }
  return out;
}
