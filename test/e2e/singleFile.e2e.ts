/**
 * End-to-end: the single-file build (`npm run build:single`) opened from disk with the network
 * off — as from an e-mail or a USB stick. One file, the strict policy (script and style hashes, no
 * 'unsafe-inline', no eval), and the app whole: views, a filter, details, "Show in document", exports,
 * the handout, and an import whose validation and layout workers run from blob: URLs.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportedBytes, searchNarrowsThenClears, showInDocument } from "./appChecks.ts";
import { cspViolations, launch, ROOT, screenshot } from "./browser.ts";
import { miniDataset, MINI_TEXTS } from "../fixtures/miniDataset.ts";

const OUT = path.join(ROOT, "dist-single");
const FILE = path.join(OUT, "liaison.html");
let browser: Browser;

beforeAll(() => {
  // The build itself is under test: a fresh machine has no dist-single/.
  execFileSync(path.join(ROOT, "node_modules/.bin/vite"), ["build", "--mode", "single", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}, 120_000);
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const WORKER_PROBE = `
  window.__workers = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) { super(url, options); window.__workers.push(String(url).split(":")[0]); }
  };
  window.print = () => {};
`;

async function openFromDisk(query: string, width = 1600, height = 900): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  await context.setOffline(true);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.addInitScript(WORKER_PROBE);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(FILE).href + query);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName("liaison:network-drawn").length);
  return { page, errors };
}

describe("the single file", () => {
  it("is one file whose policy allows its inline code by hash only", () => {
    expect(fs.readdirSync(OUT)).toEqual(["liaison.html"]);
    const html = fs.readFileSync(FILE, "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|PENDING/);
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'/);
    expect(policy).toMatch(/style-src 'sha256-[\w+/=]+'/);
    expect(policy).toContain("worker-src blob:");
    // Nothing is fetched from beside it: no script, stylesheet or data file by address.
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*rel="(stylesheet|preload|modulepreload|manifest)"/);
    // The curated data and the five documents are inside.
    for (const f of fs.readdirSync(path.join(ROOT, "data/sources"))) {
      const first = fs
        .readFileSync(path.join(ROOT, "data/sources", f), "utf8")
        .split("\n")
        .find((l) => l.trim().length > 40)!;
      expect(html, f).toContain(JSON.stringify(first.trim()).slice(1, 40));
    }
  });

  it("opens from disk offline and works: views, filter, details, document, exports, handout", async () => {
    const { page, errors } = await openFromDisk("?sel=event:china-joins-iom-2016");
    expect(page.url()).toMatch(/^file:/);
    expect(await page.locator(".vis-item").count()).toBeGreaterThan(10);
    expect(await page.locator(".details").textContent()).toContain("China joins IOM");
    await searchNarrowsThenClears(page, "Compact");
    await showInDocument(page, "single-file-reader");
    expect(await exportedBytes(page, "network-png")).toBeGreaterThan(10_000);
    expect(await exportedBytes(page, "csv")).toBeGreaterThan(1_000);
    expect(await exportedBytes(page, "timeline-svg")).toBeGreaterThan(1_000);
    await page.click(".tools button.tool-btn[aria-haspopup=menu]");
    await page.click("[data-export=handout]");
    await page.click(".handout-print");
    await page.waitForSelector("body.handout-ready", { state: "attached" });
    expect(await page.locator("#handout tbody tr").count()).toBeGreaterThan(10);
    // A story's slides as .pptx: pptxgenjs runs under the policy too (no eval).
    await page.click(".tools .tool-btn >> nth=0");
    const [pptx] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.click(".story-list li[data-story=iom-joins-un] .export-pptx"),
    ]);
    expect(fs.statSync((await pptx.path())!).size).toBeGreaterThan(20_000);
    // No notice of a failure (a toast may still say what was exported).
    expect(await page.locator(".notice:not(.toast)").allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("answers a ?data= link with a notice pointing to “Open dataset”", async () => {
    const { page } = await openFromDisk("?data=./bundle.json");
    expect(await page.locator(".notice").textContent()).toContain("open the file with “Open dataset” instead");
    expect(await page.locator(".count").textContent()).toMatch(/^(\d+) of \1 events/);
    await page.context().close();
  });

  it("imports a dataset with its validation and layout workers running from blob: URLs", async () => {
    const { page, errors } = await openFromDisk("?lang=zh");
    await screenshot(page, "single-file-zh");
    const mini = miniDataset();
    await page.click(".tools .tool-btn >> nth=2");
    await page.setInputFiles("#import-file", {
      name: "mini.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...mini, texts: MINI_TEXTS })),
    });
    await page.waitForFunction(() => document.querySelector(".notices")?.textContent?.includes("mini.json"));
    // Its graph has no shipped layout: the layout worker lays it out.
    await page.waitForSelector(".network-host:not(.is-settling)", { state: "attached" });
    // The validation and layout workers at least (the brokers' one too, once asked), all from blob:.
    const workers = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(workers)).toEqual(new Set(["blob"]));
    expect(await page.locator(".notice").count()).toBe(1);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});
