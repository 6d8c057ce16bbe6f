/**
 * End-to-end: Liaison offline. After one visit the service worker has stored the app, the curated
 * data and the source documents: with the network gone a reload draws everything, and details,
 * "Show in document", every export, the handout and stories work. Without that copy, what cannot
 * be fetched is said in a notice. A ?data= bundle is always fetched live, never from the copy.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { exportedBytes, openExport, searchNarrowsThenClears, showInDocument, streamText } from "./appChecks.ts";
import { useAppSession } from "./appSession.ts";
import { cspViolations, screenshot, serveFixture } from "./browser.ts";
import { miniDataset, MINI_TEXTS } from "../fixtures/miniDataset.ts";

const app = useAppSession(4316);

const EXPORTS = ["network-png", "timeline-png", "timeline-svg", "csv", "gexf", "json"];

/** Waits until the service worker is active, its copy stored (install finished). */
async function offlineCopyStored(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    let n = 0;
    for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
    return n;
  });
}

const ready = (page: Page) => page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 20_000 });

describe("offline", () => {
  it("after one visit, a reload with the network gone has everything", async () => {
    const { page, errors } = await app.open("?sel=event:china-joins-iom-2016", { init: "window.print = () => {};" });
    // The whole copy: index.html, scripts, stylesheet, the 7 data files, the 5 documents, icons.
    expect(await offlineCopyStored(page)).toBeGreaterThanOrEqual(30);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>("link[rel=manifest]")!;
      return (await fetch(link.href)).json() as Promise<{ icons: Array<{ sizes: string; purpose?: string }> }>;
    });
    expect(manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ""}`)).toEqual([
      "192x192",
      "512x512",
      "512x512 maskable",
    ]);

    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Views and details.
    await page.waitForFunction(() => performance.getEntriesByName("liaison:network-drawn").length);
    expect(await page.locator(".vis-item").count()).toBeGreaterThan(10);
    expect(await page.locator(".details").textContent()).toContain("China joins IOM");
    // A filter, and "Show in document".
    await searchNarrowsThenClears(page, "Compact");
    await showInDocument(page, "offline-reader");
    // Every export, the whole bundle (with the five documents) and the handout.
    for (const id of EXPORTS) expect(await exportedBytes(page, id), id).toBeGreaterThan(200);
    await page.click(".tools button:has-text('Open dataset')");
    const [bundle] = await Promise.all([page.waitForEvent("download"), page.click(".import .export-deck")]);
    const texts = JSON.parse(await streamText(await bundle.createReadStream())) as { texts: Record<string, string> };
    expect(Object.keys(texts.texts)).toHaveLength(5);
    await page.keyboard.press("Escape");
    await openExport(page, "handout");
    await page.click(".handout-print");
    await page.waitForSelector("body.handout-ready", { state: "attached" });
    const shown = Number(/(\d+) in view/.exec((await page.locator(".count").textContent())!)![1]);
    expect(await page.locator("#handout tbody tr").count()).toBe(shown);
    // A story's slides: the .pptx (its library loads on first use) and the printable PDF.
    await page.click(".tools .tool-btn >> nth=0");
    const [pptx] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.click(".story-list li[data-story=iom-joins-un] .export-pptx"),
    ]);
    expect((await streamText(await pptx.createReadStream())).slice(0, 2)).toBe("PK");
    await page.click(".tools .tool-btn >> nth=0");
    await page.click(".story-list li[data-story=iom-joins-un] .export-slides-pdf");
    await page.waitForSelector("body.slides-ready", { state: "attached", timeout: 120_000 });
    // A story, and the Chinese interface, opened from a link while offline.
    await page.goto(`${new URL(page.url()).origin}/?lang=zh&story=china-iom-observer-to-member&step=2`);
    await ready(page);
    expect((await page.locator(".pres-headline").textContent())!.length).toBeGreaterThan(4);
    expect(await page.locator(".pres-count").textContent()).toMatch(/^2 \/ \d+$/);
    expect(await page.locator(".notice").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("without an offline copy, what cannot be fetched is said in a notice", async () => {
    const { page, errors } = await app.open("?sel=event:china-joins-iom-2016", {
      serviceWorkers: "block",
      init: "window.print = () => {};",
    });
    await page.context().setOffline(true);
    await page.locator(".details .show-in-doc").first().click();
    const status = page.locator("dialog.reader .reader-status.is-error");
    await status.waitFor();
    expect(await status.textContent()).toContain("could not be loaded: the server cannot be reached");
    await screenshot(page, "offline-reader-unreachable");
    await page.keyboard.press("Escape");
    await openExport(page, "csv");
    await page.locator(".notice:has-text('This export could not be loaded')").waitFor();
    await openExport(page, "handout");
    await page.locator(".notice:has-text('The handout could not be loaded')").waitFor();
    await page.click(".tools .tool-btn >> nth=0");
    await page.click(".story-list li[data-story=iom-joins-un] .export-pptx");
    await page.keyboard.press("Escape");
    // The slides' code is fetched on the click; its notice comes once that fetch has failed.
    await expect.poll(() => page.locator(".notice:has-text('This export could not be loaded')").count()).toBe(2);
    await screenshot(page, "offline-notices");
    // Back online, the same actions work: a failed fetch is not kept.
    await page.context().setOffline(false);
    await page.locator(".details .show-in-doc").first().click();
    await page.locator("dialog.reader mark#cited-passage").waitFor();
    await page.keyboard.press("Escape");
    expect(await exportedBytes(page, "csv")).toBeGreaterThan(200);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e))).toEqual(
      [],
    );
    await page.context().close();
  });

  it("a data file that cannot be fetched at start says so, not “Loading…” forever", async () => {
    const { page: first } = await app.open("", { serviceWorkers: "block" });
    const url = first.url();
    const context = first.context();
    const page = await context.newPage();
    await page.route("**/assets/events-*.json", (r) => r.abort("internetdisconnected"));
    await page.goto(url);
    const fatal = page.locator(".fatal");
    await fatal.waitFor();
    expect(await fatal.textContent()).toContain(
      "The curated dataset could not be loaded: the server cannot be reached",
    );
    expect(await fatal.textContent()).toContain("无法加载精选数据集：无法连接服务器");
    await context.close();
  });

  it("a ?data= bundle is fetched live each time, never from the offline copy", async () => {
    const mini = miniDataset();
    const titled = (en: string) => ({
      ...mini,
      events: mini.events.map((e, i) => (i === 0 ? { ...e, title: { en, zh: en } } : e)),
      texts: MINI_TEXTS,
    });
    serveFixture("live.json", titled("First edition of the file"));
    const { page } = await app.open("?data=./e2e/live.json");
    await offlineCopyStored(page);
    expect(await page.locator("#app").textContent()).toContain("First edition of the file");
    // The same link again, now through the service worker, after the file changed on the server.
    serveFixture("live.json", titled("Second edition of the file"));
    await page.goto(`${new URL(page.url()).origin}/?data=./e2e/live.json`);
    await ready(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator(".notice").textContent()).toContain("live.json");
    expect(await page.locator("#app").textContent()).toContain("Second edition of the file");
    await page.context().close();
  });
});
