/** Per-actor figures for the details panel: events per year and the actors it meets most. */
import type { DatasetIndex } from "./datasetIndex.ts";

export function eventsPerYear(index: DatasetIndex, actorId: string): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const id of index.eventsOfActor.get(actorId) ?? []) {
    const y = new Date(index.spans.get(id)!.start).getUTCFullYear();
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Actors sharing the most events with this one, most first (ties by id). */
export function topCoActors(index: DatasetIndex, actorId: string, limit = 8): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const id of index.eventsOfActor.get(actorId) ?? []) {
    for (const other of new Set(index.eventsById.get(id)!.actors.map((a) => a.id))) {
      if (other !== actorId) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, count]) => ({ id, count }));
}

/** Relations the actor is in, either end. */
export function relationsOf(index: DatasetIndex, actorId: string) {
  return index.dataset.relations.filter((r) => r.from === actorId || r.to === actorId);
}
