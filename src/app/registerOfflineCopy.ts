/**
 * Registers the service worker (sw.js, written by vite-plugin-pwa in the build): on the first
 * visit it stores the app, the curated data and the source documents, so every later visit works
 * without a network. Called once the first view has painted; the dev server and a page opened
 * from disk have none.
 */
export function registerOfflineCopy(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  navigator.serviceWorker.register("./sw.js").catch((e: unknown) => console.warn("no offline copy:", e));
}
