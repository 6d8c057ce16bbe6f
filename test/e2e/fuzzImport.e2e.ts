/**
 * The import path fuzzed in Chromium: 200 hostile bundles (see test/fixtures/hostileBundle.ts),
 * in several file encodings, opened one after another through "Open dataset" in one page, as a
 * user would. Each must import exactly as the validator says (the same code, run here in Node) or
 * be refused with its problems listed and the previous dataset left as it was; no page error, no
 * script run and no element made from the data's markup, with the timeline grouped by theme and
 * an event's details open.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/data/decodeText.ts";
import { parseBundle } from "../../src/data/loadBundle.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { encodeAs, fileEncoding, hostileBundleText, hostileChanges } from "../fixtures/hostileBundle.ts";
import { useAppSession } from "./appSession.ts";

const app = useAppSession(4392);
const RUNS = 200;
const TRAP = "window.__pwned = 0; window.alert = () => { window.__pwned = 1; };";

describe("fuzzing the import in the browser", () => {
  it(`${RUNS} hostile bundles import exactly as validated, or are refused leaving the dataset as it was`, async () => {
    const cases = fc.sample(fc.tuple(hostileChanges, fileEncoding), { numRuns: RUNS, seed: 20261201 });
    const { page, errors } = await app.open("", { init: TRAP });
    const seen = { imported: 0, refused: 0 };
    let countBefore = (await page.locator(".count").textContent())!;
    for (const [i, [changes, encoding]] of cases.entries()) {
      const name = `fuzz-${i}.json`;
      const bytes = encodeAs(hostileBundleText(changes), encoding);
      const decoded = decodeText(bytes, name);
      const expected = decoded.ok ? parseBundle(decoded.text) : { ok: false as const, problems: decoded.problems };
      await page.click(".tools .tool-btn >> nth=2");
      await page.setInputFiles("#import-file", { name, mimeType: "application/json", buffer: Buffer.from(bytes) });
      await page
        .waitForFunction(
          (file) =>
            document.querySelector(".import-report li") ||
            (document.body.dataset.ready === "true" && document.querySelector(".notices")?.textContent?.includes(file)),
          name,
          { timeout: 30_000 },
        )
        .catch(async (e: unknown) => {
          const shown = await page.locator(".notices, .import-report").allTextContents();
          throw new Error(
            `bundle ${i} (${encoding}) neither imported nor refused: ${shown.join(" | ").slice(0, 400)} ${errors.join(" | ")} ${String(e)}`,
          );
        });
      if (process.env.FUZZ_DEBUG) await page.screenshot({ path: `/tmp/fuzz-${i}.png` });
      const where = `bundle ${i} (${encoding}): ${(await page.locator(".notices").textContent())?.slice(0, 300)}`;
      if (expected.ok) {
        seen.imported++;
        const n = expected.dataset.events.length;
        expect(await page.locator(".count").textContent(), where).toMatch(new RegExp(`^${n} of ${n}`));
        await page.evaluate((id) => {
          (window as unknown as { liaisonApp: { select(s: unknown): void } }).liaisonApp.select({ type: "event", id });
        }, expected.dataset.events[0].id);
        if (i % 4 === 0) await page.selectOption("#group", "theme");
        await page.waitForTimeout(50);
        countBefore = (await page.locator(".count").textContent())!;
      } else {
        seen.refused++;
        const listed = await page.locator(".import-report li").allTextContents();
        expect(listed[0], where).toBe(formatProblem(expected.problems[0]));
        await page.keyboard.press("Escape");
        expect(await page.locator(".count").textContent(), where).toBe(countBefore);
      }
      expect(await page.locator("[data-fuzz]").count(), where).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned), where).toBe(0);
      expect(errors, where).toEqual([]);
    }
    expect(seen.imported).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
    await page.context().close();
  }, 900_000);
});
