/**
 * Asks the betweenness worker for a view's brokers. Only the latest request is answered (a pan
 * makes the earlier ones moot); where workers cannot run, or the worker's script cannot load (no
 * network, no offline copy), the answer is computed here in a later task (workerRequests.ts).
 */
import { actorBetweenness } from "../model/keyActors.ts";
import type { BetweennessRequest, BetweennessResponse } from "./betweennessWorker.ts";
import { startBetweennessWorker } from "./startBetweennessWorker.ts";
import { createWorkerRequests } from "./workerRequests.ts";

export type Ranked = Array<{ id: string; score: number }>;

export function createBetweennessClient(): { ask: (groups: string[][]) => Promise<Ranked | null>; stop: () => void } {
  let latest = 0;
  const requests = createWorkerRequests<string[][], Ranked | null, BetweennessResponse>({
    start: startBetweennessWorker,
    message: (id, groups): BetweennessRequest => ({ id, groups }),
    answer: (response) => (response.id === latest ? response.ranked : null),
    here: (groups, id) => (id === latest ? actorBetweenness(groups) : null),
  });
  return {
    ask(groups) {
      // Superseded requests resolve to null at once: their answer would describe another view.
      requests.settlePending(null);
      const { id, answer } = requests.request(groups);
      latest = id;
      return answer;
    },
    stop() {
      requests.settlePending(null);
      requests.stop();
    },
  };
}
