/**
 * Asks the betweenness worker for a view's brokers. Only the latest request is answered (a pan
 * makes the earlier ones moot); where workers cannot run, or the worker's script cannot load (no
 * network, no offline copy), the answer is computed here in a later task.
 */
import { actorBetweenness } from "../model/keyActors.ts";
import type { BetweennessRequest, BetweennessResponse } from "./betweennessWorker.ts";
import { startBetweennessWorker } from "./startBetweennessWorker.ts";

export type Ranked = Array<{ id: string; score: number }>;

export function createBetweennessClient(): { ask: (groups: string[][]) => Promise<Ranked | null>; stop: () => void } {
  let worker: Worker | null = null;
  let broken = false;
  let latest = 0;
  const pending = new Map<number, { resolve: (r: Ranked | null) => void; groups: string[][] }>();
  const computeHere = (id: number, groups: string[][]): Promise<Ranked | null> =>
    new Promise((resolve) => setTimeout(() => resolve(id === latest ? actorBetweenness(groups) : null), 0));
  const start = () => {
    if (worker || broken || typeof Worker === "undefined") return worker;
    try {
      worker = startBetweennessWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (m: MessageEvent<BetweennessResponse>) => {
      const waiting = pending.get(m.data.id);
      pending.delete(m.data.id);
      waiting?.resolve(m.data.id === latest ? m.data.ranked : null);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker?.terminate();
      worker = null;
      broken = true;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        void computeHere(id, waiting.groups).then(waiting.resolve);
      }
    };
    return worker;
  };
  return {
    ask(groups) {
      const id = ++latest;
      // Superseded requests resolve to null at once: their answer would describe another view.
      for (const [old, waiting] of pending) {
        pending.delete(old);
        waiting.resolve(null);
      }
      const w = start();
      if (!w) return computeHere(id, groups);
      return new Promise((resolve) => {
        pending.set(id, { resolve, groups });
        const request: BetweennessRequest = { id, groups };
        w.postMessage(request);
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.resolve(null);
      pending.clear();
    },
  };
}
