/**
 * Opens a dataset bundle's text with both cores: the worker validates it (the full check) while
 * this thread parses its own copy and builds the index and the graph the explorer needs. Nothing
 * is shown until the verdict: a bundle that fails changes nothing, and the work done on it is
 * dropped.
 */
import type { Dataset } from "../data/dataFiles.ts";
import type { BundleResult } from "../data/loadBundle.ts";
import { readBundleUnchecked, startBundleChecker, type BundleChecker } from "../data/checkBundleOffThread.ts";
import { createActorGraph, type ActorGraphHandle } from "../model/actorGraphHandle.ts";
import { buildDatasetIndex, type DatasetIndex } from "../model/datasetIndex.ts";

/** Model work done ahead for a dataset (startApp uses it when handed the same dataset). */
export interface Prepared {
  dataset: Dataset;
  index: DatasetIndex;
  graphHandle: ActorGraphHandle;
}

/** The verdict on a bundle, with the model work done ahead when it passed. */
export interface OpenedBundle {
  result: BundleResult;
  prepared: Prepared | null;
}

export async function openBundle(text: string, checker: BundleChecker = startBundleChecker()): Promise<OpenedBundle> {
  const verdict = checker.check(text);
  await checker.ready;
  const candidate = readBundleUnchecked(text);
  let prepared: Prepared | null = null;
  if (candidate) {
    try {
      const index = buildDatasetIndex(candidate.dataset);
      prepared = { dataset: candidate.dataset, index, graphHandle: createActorGraph(index) };
    } catch {
      // Malformed data: the verdict will say what is wrong.
    }
  }
  const v = await verdict;
  if (!v.ok) return { result: v, prepared: null };
  // A bundle that passes is an object of lists, so it was read here too.
  if (!candidate) throw new Error("a bundle that passed validation could not be read");
  return {
    result: { ok: true, dataset: candidate.dataset, unverifiedQuotes: v.unverifiedQuotes, texts: candidate.texts },
    prepared,
  };
}
