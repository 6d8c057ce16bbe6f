/**
 * The full actor–event graph, built once per dataset. Filtering never changes it: views hide
 * nodes through sigma reducers, so positions stay put. Rollup edges (event → an actor's topmost
 * ancestor) exist for the "collapse hierarchy" mode and carry no layout weight.
 */
import { MultiUndirectedGraph } from "graphology";
import type { MigrationEvent, Role } from "../data/schema.ts";
import { ACTOR_TYPE_COLORS, EVENT_KIND_COLORS } from "./colors.ts";
import type { DatasetIndex } from "./datasetIndex.ts";

export interface NodeAttrs {
  nodeType: "actor" | "event";
  refId: string;
  label: string;
  color: string;
  size: number;
  x: number;
  y: number;
}
export interface EdgeAttrs {
  edgeType: "role" | "rollup" | "relation";
  roles?: Role[];
  relationType?: string;
  weight: number;
}
export type ActorGraph = MultiUndirectedGraph<NodeAttrs, EdgeAttrs>;

export const actorNode = (id: string) => `a:${id}`;
export const eventNode = (id: string) => `e:${id}`;
/** The actor or event id a node key stands for. */
export const refIdOfNode = (node: string) => node.slice(2);

/** The event ids among node keys. */
export function* eventIdsAmong(nodes: Iterable<string>): Generator<string> {
  for (const n of nodes) if (n.startsWith("e:")) yield refIdOfNode(n);
}

/**
 * The whole graph: actors, events, their roles and rollups, and the relations. `events: false`
 * leaves the events out, to be added with addEventToGraph (see actorGraphHandle.ts).
 */
export function buildActorGraph(index: DatasetIndex, opts: { events?: boolean } = {}): ActorGraph {
  const g: ActorGraph = new MultiUndirectedGraph();
  const { dataset } = index;
  for (const a of dataset.actors) {
    const pos = seededPosition(a.id);
    g.addNode(actorNode(a.id), {
      nodeType: "actor",
      refId: a.id,
      label: a.short?.en ?? a.name.en,
      color: ACTOR_TYPE_COLORS[a.type],
      size: 4,
      ...pos,
    });
  }
  if (opts.events !== false) for (const e of dataset.events) addEventToGraph(g, index, e);
  for (const r of dataset.relations) {
    if (r.from === r.to) continue;
    g.addEdgeWithKey(`rel:${r.id}`, actorNode(r.from), actorNode(r.to), {
      edgeType: "relation",
      relationType: r.type,
      weight: 0.5,
    });
  }
  return g;
}

/** An event's node, an edge to each actor with its roles, and rollup edges to their top parents. */
export function addEventToGraph(g: ActorGraph, index: DatasetIndex, e: MigrationEvent): void {
  g.addNode(eventNode(e.id), {
    nodeType: "event",
    refId: e.id,
    label: e.title.en,
    color: EVENT_KIND_COLORS[e.kind],
    size: 2.5,
    ...seededPosition(e.id),
  });
  const roles = new Map<string, Role[]>();
  for (const { id, role } of e.actors) roles.set(id, [...(roles.get(id) ?? []), role]);
  for (const [actor, list] of roles) {
    g.addEdgeWithKey(`p:${e.id}:${actor}`, eventNode(e.id), actorNode(actor), {
      edgeType: "role",
      roles: list,
      weight: 1,
    });
  }
  const roots = new Set([...roles.keys()].map((a) => index.rootOf.get(a)!).filter((r) => !roles.has(r)));
  for (const root of roots) {
    g.addEdgeWithKey(`r:${e.id}:${root}`, eventNode(e.id), actorNode(root), { edgeType: "rollup", weight: 0 });
  }
}

/** Deterministic start position from the id (FNV-1a hash), so every load lays out the same. */
export function seededPosition(id: string): { x: number; y: number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const angle = ((h & 0xffff) / 0xffff) * Math.PI * 2;
  const radius = 10 + ((h >>> 16) / 0xffff) * 90;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}
