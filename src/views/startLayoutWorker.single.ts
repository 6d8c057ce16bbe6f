/**
 * The single-file build's startLayoutWorker.ts: the worker's code is embedded in the page and runs
 * from a blob: URL (a page opened from disk can start no worker from a file).
 */
import LayoutWorker from "./layoutWorker.ts?worker&inline";

export const startLayoutWorker = (): Worker => new LayoutWorker();
