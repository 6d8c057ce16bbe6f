/**
 * A bundle's verdict from the validation worker, so a big import (30 MB at 100× the data: about
 * half a second of zod, jitless under the CSP) is checked on the other core while this thread
 * parses and indexes the same text.
 */
import type { BundleVerdict, CheckerMessage } from "./bundleVerdict.ts";
import type { DataFileName, Dataset } from "./dataFiles.ts";
import { startBundleWorker } from "./startBundleWorker.ts";

export interface BundleChecker {
  /**
   * Resolves once the worker runs. Starting a worker takes turns of this thread's event loop, so
   * heavy work here must wait for it, or the worker would only start after that work is done.
   */
  ready: Promise<void>;
  check(text: string): Promise<BundleVerdict>;
  /** Stops the worker when there is nothing to check after all */
  cancel(): void;
}

const checkHere = async (text: string): Promise<BundleVerdict> => {
  const { parseBundle, verdictOf } = await import("./loadBundle.ts");
  return verdictOf(parseBundle(text));
};

/**
 * Starts the validation worker (call it early: before a fetch, it is ready by the time the text
 * arrives). One check per checker. Where no worker can run, or it fails, the check runs here:
 * a bundle never goes through unchecked.
 */
export function startBundleChecker(): BundleChecker {
  const here: BundleChecker = { ready: Promise.resolve(), check: checkHere, cancel: () => {} };
  if (typeof Worker === "undefined") return here;
  let worker: Worker;
  try {
    worker = startBundleWorker();
  } catch {
    return here; // a page whose policy or origin allows no worker
  }
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let settle: ((v: BundleVerdict | null) => void) | null = null;
  const outcome = new Promise<BundleVerdict | null>((resolve) => (settle = resolve));
  worker.onmessage = (m: MessageEvent<CheckerMessage>) => {
    if ("ready" in m.data) markReady();
    else settle?.(m.data.verdict);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    markReady();
    settle?.(null);
  };
  return {
    ready,
    check: async (text) => {
      worker.postMessage(text);
      const verdict = await outcome;
      worker.terminate();
      return verdict ?? checkHere(text);
    },
    cancel: () => worker.terminate(),
  };
}

// DATA_FILE_NAMES, spelled out: importing it would bring the schema (zod) into the early script.
const LISTS = ["sources", "actors", "themes", "events", "relations", "stories"] as const satisfies readonly DataFileName[];

/**
 * The bundle's dataset and texts as they stand, unchecked: only for work that can start before
 * the verdict and is thrown away if it fails. The schema adds no defaults, so a bundle that passes
 * is exactly this. Null when the text is not a bundle-shaped object.
 */
export function readBundleUnchecked(text: string): { dataset: Dataset; texts: Record<string, string> | null } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const b = raw as Record<string, unknown>;
  if (LISTS.some((k) => b[k] !== undefined && !Array.isArray(b[k]))) return null;
  const dataset = Object.fromEntries(LISTS.map((k) => [k, b[k] ?? []])) as unknown as Dataset;
  const texts = typeof b.texts === "object" && b.texts !== null ? (b.texts as Record<string, string>) : null;
  return { dataset, texts };
}
