/**
 * A graph's structural fingerprint, kept apart from the layout code (forceLayout.ts) so that
 * checking a shipped layout does not load ForceAtlas2 with the app.
 */
import type { AbstractGraph } from "graphology-types";

/** Bumped when the layout's algorithm or settings change: old layouts then no longer match. */
export const LAYOUT_VERSION = 1;

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
