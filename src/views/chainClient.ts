/**
 * Asks the chain worker for the shortest chain between two actors, for one dataset: the data goes
 * to the worker once (its graph takes seconds to build at 100× the curated data, which would hold
 * up the page), and each pair's answer is kept. Where workers cannot run, or the worker's script
 * cannot load, the chain is searched for here in a later task (workerRequests.ts).
 */
import { chainInput, namedChain, shortestChain, type ChainIds, type ChainLink } from "../model/chainSearch.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { ChainRequest, ChainResponse } from "./chainWorker.ts";
import { startChainWorker } from "./startChainWorker.ts";
import { createWorkerRequests } from "./workerRequests.ts";

export interface ChainClient {
  /** The chain from a to b (null: none exists); answered at once when it is known. */
  find(a: string, b: string): Promise<ChainLink[] | null>;
  /** The chain if it is known already (undefined: not yet). */
  known(a: string, b: string): ChainLink[] | null | undefined;
  stop(): void;
}

export function createChainClient(index: DatasetIndex): ChainClient {
  const answers = new Map<string, ChainLink[] | null>();
  const asked = new Map<string, Promise<ChainLink[] | null>>();
  let ids: ChainIds | null = null;
  const keyOf = (a: string, b: string) => `${a}\n${b}`;
  const requests = createWorkerRequests<{ a: string; b: string }, ChainLink[] | null, ChainResponse>({
    start: startChainWorker,
    onStart: (worker) => {
      const built = chainInput(index);
      const input = built.input;
      ids = built.ids;
      const data: ChainRequest = { type: "data", input };
      worker.postMessage(data, [
        input.parents.buffer,
        input.eventStart.buffer,
        input.eventActors.buffer,
        input.relationEnds.buffer,
      ]);
    },
    // The worker knows actors by their slots; one it does not know is searched for here.
    message: (id, { a, b }): ChainRequest | null => {
      const [from, to] = [ids?.slotOf.get(a), ids?.slotOf.get(b)];
      return from === undefined || to === undefined ? null : { type: "find", id, a: from, b: to };
    },
    answer: (response) => response.steps && namedChain(response.steps, ids!),
    here: ({ a, b }) => shortestChain(index, a, b),
  });

  return {
    find(a, b) {
      const key = keyOf(a, b);
      let answer = asked.get(key);
      if (answer) return answer;
      answer = requests.request({ a, b }).answer;
      asked.set(key, answer);
      void answer.then((chain) => answers.set(key, chain));
      return answer;
    },
    known: (a, b) => answers.get(keyOf(a, b)),
    stop: () => requests.stop(),
  };
}
