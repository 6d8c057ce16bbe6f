/** Web worker: runs the shared force layout off the main thread and posts the positions back. */
import { MultiUndirectedGraph } from "graphology";
import { runForceLayout } from "../model/forceLayout.ts";

export interface LayoutRequest {
  graph: ReturnType<MultiUndirectedGraph["export"]>;
}
export type LayoutResponse = Record<string, [number, number]>;

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const positions: LayoutResponse = runForceLayout(MultiUndirectedGraph.from(message.data.graph));
  (self as unknown as Worker).postMessage(positions);
};
