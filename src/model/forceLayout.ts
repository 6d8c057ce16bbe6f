/**
 * The network layout, shared by the browser worker and the build-time script so both produce the
 * same positions: ForceAtlas2 for a fixed number of iterations from seeded start positions.
 */
import type { AbstractGraph } from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";

export const LAYOUT_VERSION = 1;

/** Fewer iterations on big graphs keep the one-time layout within seconds. */
export function layoutIterations(order: number): number {
  return Math.max(40, Math.min(600, Math.round(600 * (3000 / Math.max(order, 1)))));
}

export function runForceLayout(graph: AbstractGraph): Record<string, [number, number]> {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    gravity: 1.5,
    scalingRatio: 8,
    linLogMode: false,
  };
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order), settings, getEdgeWeight: "weight" });
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((node, attrs) => (out[node] = [round(attrs.x as number), round(attrs.y as number)]));
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Identifies a graph's structure: a layout is reused only for the graph it was computed for.
 * Independent of the order nodes and edges were added in (a big dataset's events join the graph
 * in the order they are first needed).
 */
export function graphSignature(graph: AbstractGraph): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const n of graph.nodes().sort()) feed(n);
  const edges: string[] = [];
  graph.forEachEdge((e, a) => void edges.push(e + String(a.weight)));
  for (const e of edges.sort()) feed(e);
  return `v${LAYOUT_VERSION}-${graph.order}-${graph.size}-${h.toString(36)}`;
}
