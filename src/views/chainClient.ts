/**
 * Asks the chain worker for the shortest chain between two actors, for one dataset: the data goes
 * to the worker once (its graph takes seconds to build at 100× the curated data, which would hold
 * up the page), and each pair's answer is kept. Where workers cannot run, or the worker's script
 * cannot load, the chain is searched for here in a later task.
 */
import { chainInput, namedChain, shortestChain, type ChainIds, type ChainLink } from "../model/chainSearch.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { ChainRequest, ChainResponse } from "./chainWorker.ts";
import { startChainWorker } from "./startChainWorker.ts";

export interface ChainClient {
  /** The chain from a to b (null: none exists); answered at once when it is known. */
  find(a: string, b: string): Promise<ChainLink[] | null>;
  /** The chain if it is known already (undefined: not yet). */
  known(a: string, b: string): ChainLink[] | null | undefined;
  stop(): void;
}

export function createChainClient(index: DatasetIndex): ChainClient {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const answers = new Map<string, ChainLink[] | null>();
  const asked = new Map<string, Promise<ChainLink[] | null>>();
  let ids: ChainIds | null = null;
  const pending = new Map<number, { a: string; b: string; resolve: (c: ChainLink[] | null) => void }>();
  const keyOf = (a: string, b: string) => `${a}\n${b}`;
  const searchHere = (a: string, b: string) =>
    new Promise<ChainLink[] | null>((resolve) => setTimeout(() => resolve(shortestChain(index, a, b)), 0));

  const start = () => {
    if (worker || broken || typeof Worker === "undefined") return worker;
    try {
      worker = startChainWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (m: MessageEvent<ChainResponse>) => {
      const waiting = pending.get(m.data.id);
      pending.delete(m.data.id);
      waiting?.resolve(m.data.steps && namedChain(m.data.steps, ids!));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker?.terminate();
      worker = null;
      broken = true;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        void searchHere(waiting.a, waiting.b).then(waiting.resolve);
      }
    };
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
    return worker;
  };

  return {
    find(a, b) {
      const key = keyOf(a, b);
      let answer = asked.get(key);
      if (answer) return answer;
      const w = start();
      const [from, to] = [ids?.slotOf.get(a), ids?.slotOf.get(b)];
      answer =
        w && from !== undefined && to !== undefined
          ? new Promise<ChainLink[] | null>((resolve) => {
              const id = ++next;
              pending.set(id, { a, b, resolve });
              const request: ChainRequest = { type: "find", id, a: from, b: to };
              w.postMessage(request);
            })
          : searchHere(a, b);
      asked.set(key, answer);
      void answer.then((chain) => answers.set(key, chain));
      return answer;
    },
    known: (a, b) => answers.get(keyOf(a, b)),
    stop() {
      worker?.terminate();
      worker = null;
      broken = true;
      pending.clear();
    },
  };
}
