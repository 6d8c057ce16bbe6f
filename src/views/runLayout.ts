/**
 * Positions for the actor graph: from the local cache when this exact graph was laid out before,
 * otherwise computed by the layout worker (off the main thread) and cached.
 */
import type { ActorGraph } from "../model/buildActorGraph.ts";
import type { LayoutRequest, LayoutResponse } from "./layoutWorker.ts";

const ITERATIONS = 600;
const CACHE_PREFIX = "liaison.layout.v1.";

export function graphSignature(graph: ActorGraph): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  graph.forEachNode((n) => feed(n));
  graph.forEachEdge((e, a) => feed(e + a.weight));
  return `${graph.order}-${graph.size}-${h.toString(36)}-${ITERATIONS}`;
}

export async function layoutGraph(graph: ActorGraph): Promise<void> {
  const key = CACHE_PREFIX + graphSignature(graph);
  let positions = readCache(key);
  if (!positions) {
    positions = await runWorker(graph);
    writeCache(key, positions);
  }
  graph.updateEachNodeAttributes((node, attrs) => {
    const p = positions![node];
    return p ? { ...attrs, x: p[0], y: p[1] } : attrs;
  });
}

function runWorker(graph: ActorGraph): Promise<LayoutResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (m: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      resolve(m.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`layout worker failed: ${e.message}`));
    };
    const request: LayoutRequest = { graph: graph.export(), iterations: ITERATIONS };
    worker.postMessage(request);
  });
}

function readCache(key: string): LayoutResponse | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== "object" || parsed === null) return null;
    const ok = Object.values(parsed).every((p) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite));
    return ok ? (parsed as LayoutResponse) : null;
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
    // Storage full or disabled: the layout is recomputed next time, nothing is lost.
  }
}
