/** Starts the chain worker (chainWorker.ts), a file of the app's own origin. */
export const startChainWorker = (): Worker =>
  new Worker(new URL("./chainWorker.ts", import.meta.url), { type: "module" });
