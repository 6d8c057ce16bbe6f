/** Starts the betweenness worker (betweennessWorker.ts), a file of the app's own origin. */
export const startBetweennessWorker = (): Worker =>
  new Worker(new URL("./betweennessWorker.ts", import.meta.url), { type: "module" });
