/**
 * `npm run dev` serves the sources and validates the curated data as it loads it (the build has
 * its own gate). It once refused every file because of how it handed them to the validator, and
 * no test ran the dev server: this one does.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openApp, startPreview } from "./browser.ts";

let browser: Browser;
let server: { url: string; stop: () => void };

beforeAll(async () => {
  server = await startPreview(4314, "dev");
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe("the dev server", () => {
  it("loads and validates the curated data and draws both views", async () => {
    const { page, errors } = await openApp(browser, `${server.url}?lang=zh`);
    await page.waitForFunction(() => performance.getEntriesByName("liaison:network-drawn").length, undefined, {
      timeout: 45_000,
    });
    expect(await page.locator(".fatal").count()).toBe(0);
    expect(await page.locator(".vis-item").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
