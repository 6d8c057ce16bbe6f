/**
 * The network layout, shared by the browser worker and the build-time script so both produce the
 * same positions: ForceAtlas2 for a fixed number of iterations from seeded start positions.
 */
import type { AbstractGraph } from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";

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
