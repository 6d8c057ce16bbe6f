/** Starts the validation worker (bundleWorker.ts), a file of the app's own origin. */
export const startBundleWorker = (): Worker =>
  new Worker(new URL("./bundleWorker.ts", import.meta.url), { type: "module" });
