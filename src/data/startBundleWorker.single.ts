/**
 * The single-file build's startBundleWorker.ts: the worker's code is embedded in the page and runs
 * from a blob: URL (a page opened from disk can start no worker from a file).
 */
import BundleWorker from "./bundleWorker.ts?worker&inline";

export const startBundleWorker = (): Worker => new BundleWorker();
