/**
 * The part of the full graph that is on screen, kept as its own graph for the renderer: a WebGL
 * renderer pays for every node and edge it holds each frame, drawn or hidden, so at 100× the data
 * holding only what is visible is the difference between a frame and a second. Nodes keep the
 * full graph's positions (filtering never moves a node); edges keep their keys and attributes.
 */
import type { ActorGraph, EdgeAttrs, NodeAttrs } from "./buildActorGraph.ts";
import { MultiUndirectedGraph } from "graphology";

export function createVisibleSubgraph(): ActorGraph {
  return new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
}

export interface SubgraphChange {
  added: string[];
  dropped: string[];
  addedEdges: string[];
  droppedEdges: string[];
}

/**
 * Brings `shown` to exactly the nodes in `visible` and the full graph's edges between them that
 * `keepEdge` accepts (it must not change between calls; start a new subgraph when it does).
 * Work is proportional to what changes (and the degree of the nodes that appear or go).
 */
export function syncVisibleSubgraph(
  full: ActorGraph,
  shown: ActorGraph,
  visible: ReadonlySet<string>,
  keepEdge: (attrs: EdgeAttrs) => boolean = () => true,
): SubgraphChange {
  const dropped = shown.filterNodes((n) => !visible.has(n));
  const droppedEdges = new Set<string>();
  for (const n of dropped) {
    shown.forEachEdge(n, (edge) => void droppedEdges.add(edge));
    shown.dropNode(n);
  }
  const added: string[] = [];
  for (const n of visible) {
    if (shown.hasNode(n) || !full.hasNode(n)) continue;
    shown.addNode(n, { ...full.getNodeAttributes(n) });
    added.push(n);
  }
  const addedEdges: string[] = [];
  // Both ends are known to be shown.
  const take = (edge: string, attrs: EdgeAttrs, source: string, target: string) => {
    if (!shown.hasEdge(edge) && keepEdge(attrs)) {
      shown.addEdgeWithKey(edge, source, target, { ...attrs });
      addedEdges.push(edge);
    }
  };
  for (const n of added) {
    // From the smaller side: a hub has thousands of edges in the full graph, mostly to nodes not
    // shown, while asking for the edges between it and each shown node is a direct lookup.
    const around = edgesAround(full, n);
    if (around.length <= shown.order) {
      // Most of a node's edges lead to nodes not shown: ask about the far end first.
      for (const e of around) if (shown.hasNode(e.other)) take(e.key, e.attrs, e.source, e.target);
    } else shown.forEachNode((m) => m !== n && full.forEachEdge(n, m, take));
  }
  return { added, dropped, addedEdges, droppedEdges: [...droppedEdges] };
}

interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  /** The end that is not the node whose list this is */
  other: string;
  attrs: EdgeAttrs;
}

// A node's edges in the full graph as a plain array, made the first time the node comes into
// view: walking graphology's multigraph adjacency costs several times more, and the same nodes
// come and go with every filter toggle and pan. Edges are only ever added to the full graph (a big
// dataset's events come in after the first draw): an added edge joins the arrays of both its ends.
// (Dropping the arrays instead made the first toggle after a big graph filled in rebuild them for
// every node it brought back.)
const adjacency = new WeakMap<ActorGraph, Map<string, EdgeEntry[]>>();

/** `key`'s entry in the list of `node`, one of its ends. */
const entryOf = (node: string, key: string, source: string, target: string, attrs: EdgeAttrs): EdgeEntry => ({
  key,
  source,
  target,
  other: source === node ? target : source,
  attrs,
});

function edgesAround(full: ActorGraph, node: string): EdgeEntry[] {
  let byNode = adjacency.get(full);
  if (!byNode) {
    const cache = new Map<string, EdgeEntry[]>();
    full.on("edgeAdded", ({ key, source, target, attributes }) => {
      cache.get(source)?.push(entryOf(source, key, source, target, attributes));
      if (target !== source) cache.get(target)?.push(entryOf(target, key, source, target, attributes));
    });
    adjacency.set(full, (byNode = cache));
  }
  let list = byNode.get(node);
  if (!list) {
    const entries: EdgeEntry[] = [];
    full.forEachEdge(
      node,
      (key, attrs, source, target) => void entries.push(entryOf(node, key, source, target, attrs)),
    );
    byNode.set(node, (list = entries));
  }
  return list;
}

/** Copies positions from the full graph (a layout that arrived later) onto the shown nodes. */
export function copyPositions(full: ActorGraph, shown: ActorGraph): void {
  shown.updateEachNodeAttributes((n, attrs) => {
    const { x, y } = full.getNodeAttributes(n);
    return { ...attrs, x, y };
  });
}

/** The full graph's bounding box: the renderer frames every subgraph with it, so nodes stay put. */
export function graphBox(full: ActorGraph): { x: [number, number]; y: [number, number] } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  full.forEachNode((_, a) => {
    x0 = Math.min(x0, a.x);
    x1 = Math.max(x1, a.x);
    y0 = Math.min(y0, a.y);
    y1 = Math.max(y1, a.y);
  });
  return full.order ? { x: [x0, x1], y: [y0, y1] } : { x: [0, 1], y: [0, 1] };
}
