/**
 * Positions for the actor graph, fastest source first: the layout shipped with the curated data
 * (data/layout.json), then this browser's cache, and otherwise the layout worker. When the worker
 * is needed the graph is drawn at once from its seeded positions and settles when the layout
 * arrives (once; filters never move nodes).
 */
import { FetchFailure } from "../data/fetchFailure.ts";
import { readShippedJson } from "../data/shippedFiles.ts";
import type { ActorGraph } from "../model/buildActorGraph.ts";
import { graphSignature } from "../model/graphSignature.ts";
import type { LayoutRequest, LayoutResponse } from "./layoutWorker.ts";
import { startLayoutWorker } from "./startLayoutWorker.ts";

const CACHE_PREFIX = "liaison.layout.";

export interface LayoutPlan {
  /** Positions ready now (shipped or cached) — already applied to the graph */
  ready: boolean;
  /** Resolves when worker positions have been applied (immediately when ready) */
  settled: Promise<void>;
}

export async function planLayout(graph: ActorGraph): Promise<LayoutPlan> {
  const signature = graphSignature(graph);
  const positions = (await readShipped(signature)) ?? readCache(CACHE_PREFIX + signature);
  if (positions) {
    apply(graph, positions);
    return { ready: true, settled: Promise.resolve() };
  }
  const settled = runWorker(graph).then((computed) => {
    writeCache(CACHE_PREFIX + signature, computed);
    apply(graph, computed);
  });
  return { ready: false, settled };
}

function apply(graph: ActorGraph, positions: LayoutResponse) {
  graph.updateEachNodeAttributes((node, attrs) => {
    const p = positions[node];
    return p ? { ...attrs, x: p[0], y: p[1] } : attrs;
  });
}

async function readShipped(signature: string): Promise<LayoutResponse | null> {
  try {
    const shipped = (await readShippedJson("layout")) as { signature?: string; positions?: unknown };
    return shipped.signature === signature && isPositions(shipped.positions) ? shipped.positions : null;
  } catch {
    return null;
  }
}

function isPositions(value: unknown): value is LayoutResponse {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((p) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite))
  );
}

/**
 * Resolves once the page has painted and the main thread is idle (background work that follows,
 * such as serialising a big graph, blocks it for a while), or after 2 s whatever happens (a hidden
 * tab has no frames).
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 0);
    });
    setTimeout(resolve, 2000);
  });
}

async function runWorker(graph: ActorGraph): Promise<LayoutResponse> {
  // Serialising a big graph for the worker takes the main thread a while: let the seeded
  // positions draw first.
  await afterFirstPaint();
  return new Promise((resolve, reject) => {
    const worker = startLayoutWorker();
    worker.onmessage = (m: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      resolve(m.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      // An error without a message is the worker's script failing to load (no network).
      reject(
        e.message ? new Error(`layout worker failed: ${e.message}`) : new FetchFailure("the layout worker", e.type),
      );
    };
    const request: LayoutRequest = { graph: graph.export() };
    worker.postMessage(request);
  });
}

function readCache(key: string): LayoutResponse | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isPositions(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function writeCache(key: string, positions: LayoutResponse): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(CACHE_PREFIX) && k !== key) localStorage.removeItem(k);
    }
    localStorage.setItem(key, JSON.stringify(positions));
  } catch {
    // Storage full or disabled (big imported graphs): recomputed next time, nothing is lost.
  }
}

/** Lets the page handle input and draw before the next piece of background work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
