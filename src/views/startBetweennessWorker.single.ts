/**
 * The single-file build's startBetweennessWorker.ts: the worker's code is embedded in the page and
 * runs from a blob: URL (a page opened from disk can start no worker from a file).
 */
import BetweennessWorker from "./betweennessWorker.ts?worker&inline";

export const startBetweennessWorker = (): Worker => new BetweennessWorker();
