/**
 * The single-file build's startChainWorker.ts: the worker's code is embedded in the page and runs
 * from a blob: URL (a page opened from disk can start no worker from a file).
 */
import ChainWorker from "./chainWorker.ts?worker&inline";

export const startChainWorker = (): Worker => new ChainWorker();
