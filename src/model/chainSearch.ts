/**
 * The shortest chain between two actors that share no event: through events and relations, in a
 * graph of actors, events and relations as nodes (each event tied to its actors and their
 * ancestors — a ministry's meeting is its state's too — each relation to its two ends), searched
 * with graphology's bidirectional search. The graph is built from a compact, transferable input,
 * so that a worker can build it and search it off the page's thread (chainClient.ts).
 */
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { DatasetIndex } from "./datasetIndex.ts";

/** One step of a chain: an actor, and how it is tied to the next (an event or a relation). */
export interface ChainLink {
  actor: string;
  via: { type: "event" | "relation"; id: string } | null;
}

/**
 * What the chain graph is built from: ties between positions in the dataset's lists, typed so that
 * a worker gets them without a copy (ids stay on the page, in ChainIds).
 */
export interface ChainInput {
  /** Each actor's parent's position, or -1 */
  parents: Int32Array;
  /** The actors of event i are eventActors[eventStart[i] .. eventStart[i + 1]) */
  eventStart: Int32Array;
  eventActors: Int32Array;
  /** Relation i ties relationEnds[2i] and relationEnds[2i + 1] */
  relationEnds: Int32Array;
}

/** The ids the positions stand for. */
export interface ChainIds {
  actors: string[];
  events: string[];
  relations: string[];
  slotOf: Map<string, number>;
}

/** A chain by positions: actor, and the event or relation tying it to the next. */
export type ChainSteps = Array<{ actor: number; via: { type: "event" | "relation"; at: number } | null }>;

export function chainInput(index: DatasetIndex): { input: ChainInput; ids: ChainIds } {
  const { actors, events, relations } = index.dataset;
  const slotOf = new Map(actors.map((a, i) => [a.id, i]));
  const parents = new Int32Array(actors.length);
  actors.forEach((a, i) => (parents[i] = a.parent !== undefined ? (slotOf.get(a.parent) ?? -1) : -1));
  const eventStart = new Int32Array(events.length + 1);
  const refs: number[] = [];
  events.forEach((e, i) => {
    eventStart[i] = refs.length;
    for (const { id } of e.actors) {
      const at = slotOf.get(id);
      if (at !== undefined) refs.push(at);
    }
  });
  eventStart[events.length] = refs.length;
  const kept = relations.filter((r) => r.from !== r.to && slotOf.has(r.from) && slotOf.has(r.to));
  const relationEnds = new Int32Array(kept.length * 2);
  kept.forEach((r, i) => {
    relationEnds[2 * i] = slotOf.get(r.from)!;
    relationEnds[2 * i + 1] = slotOf.get(r.to)!;
  });
  return {
    input: { parents, eventStart, eventActors: Int32Array.from(refs), relationEnds },
    ids: { actors: actors.map((a) => a.id), events: events.map((e) => e.id), relations: kept.map((r) => r.id), slotOf },
  };
}

export function buildChainGraph(input: ChainInput): UndirectedGraph {
  const g = new UndirectedGraph();
  const actors = input.parents.length;
  const keys = Array.from({ length: actors }, (_, i) => `a${i}`);
  for (const key of keys) g.addNode(key);
  // Each event's actors with their ancestors, each once (marked by the event's position).
  const mark = new Int32Array(actors).fill(-1);
  const events = input.eventStart.length - 1;
  for (let e = 0; e < events; e++) {
    const node = `e${e}`;
    g.addNode(node);
    for (let k = input.eventStart[e]; k < input.eventStart[e + 1]; k++) {
      for (let at = input.eventActors[k]; at >= 0 && mark[at] !== e; at = input.parents[at]) {
        mark[at] = e;
        g.addEdge(node, keys[at]);
      }
    }
  }
  for (let r = 0; 2 * r < input.relationEnds.length; r++) {
    const node = `r${r}`;
    g.addNode(node);
    g.addEdge(node, keys[input.relationEnds[2 * r]]);
    g.addEdge(node, keys[input.relationEnds[2 * r + 1]]);
  }
  return g;
}

/** The shortest chain from actor position a to b in a chain graph; null when none exists. */
export function findChainSteps(g: UndirectedGraph, a: number, b: number): ChainSteps | null {
  if (!g.hasNode(`a${a}`) || !g.hasNode(`a${b}`)) return null;
  const path = bidirectional(g, `a${a}`, `a${b}`);
  if (!path) return null;
  // The path alternates actor, tie (event or relation), actor…
  const steps: ChainSteps = [];
  for (let i = 0; i < path.length; i += 2) {
    const tie = path[i + 1];
    steps.push({
      actor: Number(path[i].slice(1)),
      via: tie ? { type: tie[0] === "e" ? "event" : "relation", at: Number(tie.slice(1)) } : null,
    });
  }
  return steps;
}

/** A chain by positions, named by ids. */
export function namedChain(steps: ChainSteps, ids: ChainIds): ChainLink[] {
  return steps.map(({ actor, via }) => ({
    actor: ids.actors[actor],
    via: via ? { type: via.type, id: (via.type === "event" ? ids.events : ids.relations)[via.at] } : null,
  }));
}

// Per dataset, the graph built on this thread (tests, and pages where no worker can run).
const graphs = new WeakMap<DatasetIndex, { graph: UndirectedGraph; ids: ChainIds }>();

/** The shortest chain from a to b, searched on this thread. */
export function shortestChain(index: DatasetIndex, a: string, b: string): ChainLink[] | null {
  let built = graphs.get(index);
  if (!built) {
    const { input, ids } = chainInput(index);
    graphs.set(index, (built = { graph: buildChainGraph(input), ids }));
  }
  const [from, to] = [built.ids.slotOf.get(a), built.ids.slotOf.get(b)];
  if (from === undefined || to === undefined) return null;
  const steps = findChainSteps(built.graph, from, to);
  return steps && namedChain(steps, built.ids);
}
