/**
 * The key actors of a view: by the events in view they take part in (counted as the network sizes
 * its nodes: each event once per actor node, folded into top parents when the hierarchy is
 * collapsed, persons left out when hidden), and by betweenness in the view's co-participation
 * network (graphology-metrics), so that brokers between groups show even with few events.
 */
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import type { DatasetIndex } from "./datasetIndex.ts";

export interface CountingMode {
  collapse: boolean;
  hidePersons: boolean;
}

/** The actor ids an event counts for in this mode (each once). */
export function countedActors(index: DatasetIndex, eventId: string, mode: CountingMode): string[] {
  const out = new Set<string>();
  for (const { id } of index.eventsById.get(eventId)?.actors ?? []) {
    const shown = mode.collapse ? (index.rootOf.get(id) ?? id) : id;
    if (mode.hidePersons && index.actorsById.get(shown)?.type === "person") continue;
    out.add(shown);
  }
  return [...out];
}

/** Actor → events in view, and the actors ranked (most first, then by id). */
export function actorsByEvents(
  index: DatasetIndex,
  eventIds: string[],
  mode: CountingMode,
): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of eventIds) for (const a of countedActors(index, e, mode)) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id, count]) => ({ id, count }));
}

/**
 * What betweenness is computed over: for each event in view with two or more of the `maxActors`
 * busiest actors, those actors. Bounded so that a wide window over a big dataset stays cheap.
 */
export function betweennessInput(
  index: DatasetIndex,
  eventIds: string[],
  mode: CountingMode,
  ranked: Array<{ id: string }>,
  maxActors = 250,
): string[][] {
  const kept = new Set(ranked.slice(0, maxActors).map((r) => r.id));
  const groups: string[][] = [];
  for (const e of eventIds) {
    const actors = countedActors(index, e, mode).filter((a) => kept.has(a));
    if (actors.length > 1) groups.push(actors);
  }
  return groups;
}

/**
 * Betweenness of each actor in the network where two actors are tied when they take part in an
 * event together (normalised, 0–1), highest first; actors with none are left out.
 */
export function actorBetweenness(groups: string[][]): Array<{ id: string; score: number }> {
  const g = new UndirectedGraph();
  for (const group of groups) {
    for (const a of group) g.mergeNode(a);
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) if (group[i] !== group[j]) g.mergeEdge(group[i], group[j]);
  }
  if (g.order < 3) return [];
  const scores = betweennessCentrality(g, { normalized: true });
  return Object.entries(scores)
    .filter(([, score]) => score > 0)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([id, score]) => ({ id, score }));
}
