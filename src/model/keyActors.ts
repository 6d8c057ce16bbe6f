/**
 * The key actors of a view: by the events in view they take part in (counted as the network sizes
 * its nodes: each event once per actor node, folded into top parents when the hierarchy is
 * collapsed, persons left out when hidden), and by betweenness in the view's co-participation
 * network (graphology-metrics), so that brokers between groups show even with few events.
 */
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { actorNode, refIdOfNode } from "./buildActorGraph.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { eventKeys, topByActivity } from "./graphView.ts";

export interface CountingMode {
  collapse: boolean;
  hidePersons: boolean;
}

/** The actor ids an event counts for in this mode (each once): the network's own counting. */
export function countedActors(index: DatasetIndex, eventId: string, mode: CountingMode): string[] {
  if (!index.eventsById.has(eventId)) return [];
  const { keysOf, actorKeys } = eventKeys(index, mode);
  return keysOf(eventId).actors.map((slot) => refIdOfNode(actorKeys[slot]));
}

/**
 * The `limit` actors with the most events in view, most first (then by id), counted as the network
 * sizes its nodes (the same cached keys, so a wide window over a big dataset stays cheap).
 */
export function actorsByEvents(
  index: DatasetIndex,
  eventIds: string[],
  mode: CountingMode,
  limit = Infinity,
): Array<{ id: string; count: number }> {
  const { keysOf, actorKeys } = eventKeys(index, mode);
  const counts = new Int32Array(actorKeys.length);
  const touched: number[] = [];
  for (const id of eventIds) for (const slot of keysOf(id).actors) if (counts[slot]++ === 0) touched.push(slot);
  const byKey = new Map<string, number>();
  for (const slot of touched) byKey.set(actorKeys[slot], counts[slot]);
  return topByActivity(byKey, Math.min(limit, byKey.size)).map(([key, count]) => ({ id: refIdOfNode(key), count }));
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
  const { keysOf, actorKeys } = eventKeys(index, mode);
  const kept = new Set(ranked.slice(0, maxActors).map((r) => actorNode(r.id)));
  const groups: string[][] = [];
  for (const e of eventIds) {
    const actors: string[] = [];
    for (const slot of keysOf(e).actors) if (kept.has(actorKeys[slot])) actors.push(refIdOfNode(actorKeys[slot]));
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
