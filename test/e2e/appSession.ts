/**
 * The server and browser an e2e file runs against: started before its tests, stopped after.
 * `open(query)` opens the app at the server's address plus `query` (see openApp).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch, openApp, startPreview } from "./browser.ts";

export function useAppSession(port: number, mode: "preview" | "dev" = "preview") {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startPreview>> | undefined;
  beforeAll(async () => {
    server = await startPreview(port, mode);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });
  return {
    open: (query = "", opts?: Parameters<typeof openApp>[2]) => openApp(browser!, server!.url + query, opts),
    /** A full address (one the app itself wrote, say) */
    openUrl: (url: string) => openApp(browser!, url),
  };
}
