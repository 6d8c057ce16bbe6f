/**
 * End-to-end: stories and presentation mode, every export, the handout in print media, and a
 * formula-injection title neutralised in the CSV of a linked dataset.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import type { Download, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { useAppSession } from "./appSession.ts";
import { inkedShare } from "./appChecks.ts";
import { ROOT, screenshot, serveFixture } from "./browser.ts";

const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "data", `${name}.json`), "utf8")) as Record<string, unknown[]>;
const stories = read("stories").stories as Array<{
  id: string;
  steps: Array<{ headline: { en: string }; view: { sel?: { type: string; id: string } } }>;
}>;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-e2e-"));

beforeAll(async () => {
  // A linked dataset (served from the built site) whose event title is a spreadsheet formula.
  const events = read("events").events as Array<{ id: string; title: { en: string; zh: string } }>;
  const hostile = events.map((e) =>
    e.id === "china-joins-iom-2016"
      ? { ...e, title: { en: '=HYPERLINK("http://evil.example","click")', zh: "+SUM(1,2)" } }
      : e,
  );
  const bundle = {
    sources: read("sources").sources,
    actors: read("actors").actors,
    themes: read("themes").themes,
    events: hostile,
    relations: read("relations").relations,
  };
  serveFixture("injection.json", bundle);
});
const app = useAppSession(4312);

async function exportFile(page: Page, id: string): Promise<string> {
  await page.click(".tools button.tool-btn:has-text('Export')");
  const [download] = (await Promise.all([page.waitForEvent("download"), page.click(`[data-export=${id}]`)])) as [
    Download,
    unknown,
  ];
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Events in the window, from the header count in either language. */
const inView = async (page: Page) => {
  const m = /· (\d+) in view|视窗内 (\d+) 个/.exec((await page.locator(".count").textContent())!)!;
  return Number(m[1] ?? m[2]);
};

describe("briefing", () => {
  it("a story steps by keyboard, and each step's URL restores that step", async () => {
    const story = stories.find((s) => s.id === "china-iom-observer-to-member")!;
    const { page, errors } = await app.open(`?story=${story.id}&step=1`);
    expect(errors).toEqual([]);
    const caption = page.locator(".pres-headline");
    expect(await caption.textContent()).toBe(story.steps[0].headline.en);
    const urls: string[] = [page.url()];
    for (const key of ["ArrowRight", " ", "PageDown"]) {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => location.search.includes(`step=${n}`), urls.length + 1);
      urls.push(page.url());
      expect(await caption.textContent()).toBe(story.steps[urls.length - 1].headline.en);
    }
    expect(await page.locator(".pres-count").textContent()).toBe(`4 / ${story.steps.length}`);
    await screenshot(page, "10-presentation");
    await page.keyboard.press("PageUp");
    await page.waitForFunction(() => location.search.includes("step=3"));
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.search.includes("step=2"));
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !location.search.includes("story="));
    expect(await page.locator(".presentation").isVisible()).toBe(false);
    await page.context().close();
    for (const [i, url] of urls.entries()) {
      const fresh = await app.openUrl(url);
      expect(await fresh.page.locator(".pres-headline").textContent()).toBe(story.steps[i].headline.en);
      const sel = story.steps[i].view.sel;
      if (sel) expect(decodeURIComponent(fresh.page.url())).toContain(`sel=${sel.type}:${sel.id}`);
      if (sel?.type === "event") expect(await fresh.page.locator(".vis-item.vis-selected").count()).toBeGreaterThan(0);
      await fresh.page.context().close();
    }
  });

  it("every export downloads a file that parses and matches what is on screen", async () => {
    const { page } = await app.open(`?themes=trafficking,labour-mobility&from=2011-01-01&to=2016-12-31`);
    const visible = await inView(page);
    expect(visible).toBeGreaterThan(5);

    const csv = fs.readFileSync(await exportFile(page, "csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trim().split("\r\n");
    expect(rows[0].startsWith("id,date_start,date_end")).toBe(true);
    const ids = rows.slice(1).map((r) => r.split(",")[0]);
    expect(ids).toHaveLength(visible);

    const gexf = fs.readFileSync(await exportFile(page, "gexf"), "utf8");
    const doc = new JSDOM(gexf, { contentType: "text/xml" }).window.document;
    expect(doc.getElementsByTagName("node").length).toBe(
      Number(await page.locator(".network-host").getAttribute("data-visible-nodes")),
    );

    expect(pngSize(await exportFile(page, "network-png"))).toEqual({ width: 1920, height: 1080 });
    expect(pngSize(await exportFile(page, "timeline-png"))).toEqual({ width: 1920, height: 1080 });
    const svg = new JSDOM(fs.readFileSync(await exportFile(page, "timeline-svg"), "utf8"), {
      contentType: "image/svg+xml",
    }).window.document;
    // One group per event drawn (one more for the legend); those that do not fit the 16:9 image
    // are counted in its "and N more events" line.
    const more = Number(/and (\d+) more events/.exec(svg.documentElement.textContent!)?.[1] ?? 0);
    expect(svg.getElementsByTagName("g").length - 2 + more).toBe(visible);

    const bundle = JSON.parse(fs.readFileSync(await exportFile(page, "json"), "utf8")) as Record<string, unknown>;
    expect((bundle.events as unknown[]).length).toBe(visible);
    const raw = Object.fromEntries(
      ["sources", "actors", "themes", "events", "relations", "stories"].map((k) => [k, { [k]: bundle[k] }]),
    );
    expect(validateDataset(raw, {}).problems).toEqual([]);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.click(".tools button.tool-btn:has-text('Export')");
    await page.click("[data-export=copy-link]");
    await page.waitForSelector(".toast");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });

  it("a formula in a title is neutralised in the CSV", async () => {
    const { page } = await app.open(`?data=./e2e/injection.json&from=2016-06-01&to=2016-07-31`);
    expect(await page.locator(".notices").textContent()).toContain("could not be checked"); // no texts in the bundle
    const csv = fs.readFileSync(await exportFile(page, "csv"), "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'+SUM(1,2)"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    await page.context().close();
  });

  it("the handout renders for print: title, filters, network image and the events table", async () => {
    const { page } = await app.open(`?lang=zh&themes=trafficking&from=2016-01-01&to=2016-12-31`, {
      init: "window.print = () => {};",
    });
    const visible = await inView(page);
    await page.click(".tools button.tool-btn:has-text('导出')");
    await page.click("[data-export=handout]");
    await page.click(".handout-print");
    await page.waitForSelector("body.handout-ready", { state: "attached" });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#handout h1").isVisible()).toBe(true);
    expect(await page.locator("#app").isVisible()).toBe(false);
    expect(await page.locator("#handout .handout-facts").textContent()).toContain("人口贩运");
    expect(
      await page.locator("#handout img.handout-network").evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(1600);
    // The image frames the few nodes this filter leaves, not the whole graph's box (where they
    // spanned 73% of its height, left of centre): top to bottom, within its margins.
    // The handout's image has no title block; the graph lies above the legend's two rows
    // (networkImage.ts: 2 × 1.7 × 29 px + 29 px, and the rule antialiased over two rows).
    const handoutImage = (await page.locator("#handout img.handout-network").getAttribute("src"))!;
    const inked = await inkedShare(page, handoutImage, { top: 0, bottom: 130 });
    expect(inked.height).toBeGreaterThan(0.8);
    const rows = await page.locator("#handout tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBe(visible);
    await screenshot(page, "11-handout-print", { fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    fs.writeFileSync(path.join(ROOT, "test-results", "handout-a4.pdf"), pdf);
    fs.writeFileSync(path.join(ROOT, "test-results", "handout-letter.pdf"), await page.pdf({ format: "Letter" }));
    await page.context().close();
  });
});
