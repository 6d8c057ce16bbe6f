/**
 * Per-actor figures for the details panel: its events, events per year and the actors it meets
 * most. They count as the rest of the app does: an actor "including its bodies" stands for itself
 * and everything below it (as the actor filter and the collapsed network count it), each event
 * once; without them, for its own events only (as the expanded network sizes it).
 */
import type { DatasetIndex } from "./datasetIndex.ts";
import { withDescendants } from "./datasetIndex.ts";

export interface CountOptions {
  /** Count the events of the actor's bodies (ministries, offices…) as its own */
  includeBodies: boolean;
  /** Fold other actors into their top parents (the network's "collapse hierarchy") */
  collapse?: boolean;
}

/** The actor's events in date order: its own, or with its bodies'. */
export function actorEventIds(index: DatasetIndex, actorId: string, includeBodies: boolean): string[] {
  if (!includeBodies || !index.childrenOf.has(actorId)) return index.eventsOfActor.get(actorId) ?? [];
  const ids = new Set<string>();
  for (const a of withDescendants(index, actorId)) for (const e of index.eventsOfActor.get(a) ?? []) ids.add(e);
  return index.chronological.filter((id) => ids.has(id));
}

export function eventsPerYear(index: DatasetIndex, eventIds: string[]): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const id of eventIds) {
    const y = new Date(index.spans.get(id)!.start).getUTCFullYear();
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/**
 * Actors sharing the most events with this one, most first (ties by id). Its own bodies are not
 * its partners when they count as itself; with `collapse`, others count as their top parents.
 */
export function topCoActors(
  index: DatasetIndex,
  actorId: string,
  opts: CountOptions,
  limit = 8,
): Array<{ id: string; count: number }> {
  const self = new Set(opts.includeBodies ? withDescendants(index, actorId) : [actorId]);
  const counts = new Map<string, number>();
  for (const id of actorEventIds(index, actorId, opts.includeBodies)) {
    const others = new Set<string>();
    for (const { id: a } of index.eventsById.get(id)!.actors) {
      if (self.has(a)) continue;
      const shown = opts.collapse ? index.rootOf.get(a)! : a;
      if (!self.has(shown)) others.add(shown);
    }
    for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, count]) => ({ id, count }));
}

/** Relations the actor is in, either end (with its bodies': theirs too), earliest first. */
export function relationsOf(index: DatasetIndex, actorId: string, includeBodies = false) {
  const self = new Set(includeBodies ? withDescendants(index, actorId) : [actorId]);
  return (
    index.dataset.relations
      // Within the family (a ministry part of its state) is no relation of the whole with another.
      .filter((r) => (self.has(r.from) || self.has(r.to)) && !(includeBodies && self.has(r.from) && self.has(r.to)))
      .sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999"))
  );
}
