/**
 * Web worker: the shortest chain between two actors (chainSearch.ts), by their positions in the
 * dataset; its graph built here once per dataset.
 */
import type { UndirectedGraph } from "graphology";
import { buildChainGraph, findChainSteps, type ChainInput, type ChainSteps } from "../model/chainSearch.ts";

export type ChainRequest = { type: "data"; input: ChainInput } | { type: "find"; id: number; a: number; b: number };
export interface ChainResponse {
  id: number;
  steps: ChainSteps | null;
}

let input: ChainInput | null = null;
let graph: UndirectedGraph | null = null;

self.onmessage = (message: MessageEvent<ChainRequest>) => {
  const request = message.data;
  if (request.type === "data") {
    input = request.input;
    graph = null;
    return;
  }
  graph ??= buildChainGraph(input!);
  const response: ChainResponse = { id: request.id, steps: findChainSteps(graph, request.a, request.b) };
  (self as unknown as Worker).postMessage(response);
};
