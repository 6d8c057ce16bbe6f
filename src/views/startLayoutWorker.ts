/** Starts the layout worker (layoutWorker.ts), a file of the app's own origin. */
export const startLayoutWorker = (): Worker =>
  new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
