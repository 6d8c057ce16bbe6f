/**
 * Asks the betweenness worker for a view's brokers. Only the latest request is answered (a pan
 * makes the earlier ones moot); where workers cannot run, the answer is computed in a later task.
 */
import { actorBetweenness } from "../model/keyActors.ts";
import type { BetweennessRequest, BetweennessResponse } from "./betweennessWorker.ts";

export type Ranked = Array<{ id: string; score: number }>;

export function createBetweennessClient(): { ask: (groups: string[][]) => Promise<Ranked | null>; stop: () => void } {
  let worker: Worker | null = null;
  let latest = 0;
  const pending = new Map<number, (r: Ranked | null) => void>();
  const start = () => {
    if (worker || typeof Worker === "undefined") return worker;
    try {
      worker = new Worker(new URL("./betweennessWorker.ts", import.meta.url), { type: "module" });
    } catch {
      return null;
    }
    worker.onmessage = (m: MessageEvent<BetweennessResponse>) => {
      const resolve = pending.get(m.data.id);
      pending.delete(m.data.id);
      resolve?.(m.data.id === latest ? m.data.ranked : null);
    };
    return worker;
  };
  return {
    ask(groups) {
      const id = ++latest;
      // Superseded requests resolve to null at once: their answer would describe another view.
      for (const [old, resolve] of pending) {
        pending.delete(old);
        resolve(null);
      }
      const w = start();
      if (!w)
        return new Promise((resolve) => setTimeout(() => resolve(id === latest ? actorBetweenness(groups) : null), 0));
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const request: BetweennessRequest = { id, groups };
        w.postMessage(request);
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
    },
  };
}
