/**
 * Web worker: runs a fixed number of ForceAtlas2 iterations on a serialized graph and posts the
 * positions back. Fixed iterations from seeded start positions make the layout the same every load.
 */
import { MultiUndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutRequest {
  graph: ReturnType<MultiUndirectedGraph["export"]>;
  iterations: number;
}
export type LayoutResponse = Record<string, [number, number]>;

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const graph = MultiUndirectedGraph.from(message.data.graph);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    gravity: 1.5,
    scalingRatio: 8,
    linLogMode: false,
  };
  forceAtlas2.assign(graph, { iterations: message.data.iterations, settings, getEdgeWeight: "weight" });
  const out: LayoutResponse = {};
  graph.forEachNode((node, attrs) => (out[node] = [attrs.x as number, attrs.y as number]));
  (self as unknown as Worker).postMessage(out);
};
