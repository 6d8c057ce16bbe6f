/** Web worker: betweenness of the view's actors (keyActors.ts), off the main thread. */
import { actorBetweenness } from "../model/keyActors.ts";

export interface BetweennessRequest {
  id: number;
  groups: string[][];
}
export interface BetweennessResponse {
  id: number;
  ranked: Array<{ id: string; score: number }>;
}

self.onmessage = (message: MessageEvent<BetweennessRequest>) => {
  const { id, groups } = message.data;
  const response: BetweennessResponse = { id, ranked: actorBetweenness(groups) };
  (self as unknown as Worker).postMessage(response);
};
