/**
 * `npm run dev` serves the sources and validates the curated data as it loads it (the build has
 * its own gate). It once refused every file because of how it handed them to the validator, and
 * no test ran the dev server: this one does.
 */
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";

const app = useAppSession(4314, "dev");

describe("the dev server", () => {
  it("loads and validates the curated data and draws both views", async () => {
    const { page, errors } = await app.open(`?lang=zh`);
    await page.waitForFunction(() => performance.getEntriesByName("liaison:network-drawn").length, undefined, {
      timeout: 45_000,
    });
    expect(await page.locator(".fatal").count()).toBe(0);
    expect(await page.locator(".vis-item").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
