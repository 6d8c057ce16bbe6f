/**
 * End-to-end: the built explorer in headless Chromium. Most tests save a screenshot under
 * test-results/screenshots/ for a person to look at.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { useAppSession } from "./appSession.ts";
import { ROOT, screenshot } from "./browser.ts";

const events = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "data/events.json"), "utf8")) as {
    events: Array<{ id: string; title: { en: string; zh: string }; themes: string[] }>;
  }
).events;
/** How many events the trafficking chip keeps: read from the data, which curators keep tagging. */
const trafficking = events.filter((e) => e.themes.includes("trafficking")).length;
const titleOf = (id: string) => events.find((e) => e.id === id)!.title;

const app = useAppSession(4311);

const count = (page: Page, selector: string) => page.locator(selector).count();
const attr = async (page: Page, selector: string, name: string) =>
  Number(await page.locator(selector).getAttribute(name));
const visibleNodes = (page: Page) => attr(page, ".network-host", "data-visible-nodes");
type NetworkHooks = {
  liaisonNetwork: {
    nodePosition(n: string): { x: number; y: number } | null;
    nodeColor(n: string): string | null;
    labelBoxes(): { boxes: Array<{ x: number; width: number }>; width: number };
    labelsAndCovers(): {
      labels: Array<{ key: string; box: Box }>;
      covers: Array<{ key: string; x: number; y: number; radius: number }>;
    };
  };
};
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Whether a disc reaches into a box (the box's nearest point to the centre is within the radius). */
const discOverBox = (d: { x: number; y: number; radius: number }, b: Box) =>
  Math.hypot(d.x - Math.max(b.x, Math.min(d.x, b.x + b.width)), d.y - Math.max(b.y, Math.min(d.y, b.y + b.height))) <
  d.radius;
/** Where a network node is drawn, in page coordinates (null: not drawn) */
const nodePosition = (page: Page, node: string) =>
  page.evaluate((n) => (window as unknown as NetworkHooks).liaisonNetwork.nodePosition(n), node);
/** The colour a network node is drawn in (null: not drawn) */
const nodeColor = (page: Page, node: string) =>
  page.evaluate((n) => (window as unknown as NetworkHooks).liaisonNetwork.nodeColor(n), node);
const timelineItems = (page: Page) => attr(page, ".timeline-host", "data-item-count");
/** The timeline's event items: their actors, and whether they are drawn in the highlight's colours. */
const timelineHighlight = (page: Page) =>
  page.evaluate(async () => {
    // Items changed in a task are drawn in the next animation frame (visBatchedChanges.ts), and a
    // window move lays them out again when it ends: read the timeline once it has settled.
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, 200);
      const quiet = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 200);
      });
      const give = setTimeout(done, 3000);
      quiet.observe(document.querySelector(".tl-host")!, { childList: true, subtree: true, attributes: true });
      function done() {
        quiet.disconnect();
        clearTimeout(give);
        resolve();
      }
    });
    const colour = (value: string) => {
      const probe = document.createElement("div");
      probe.style.backgroundColor = value;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return rgb;
    };
    const lit = colour(getComputedStyle(document.documentElement).getPropertyValue("--hl-bg"));
    return [...document.querySelectorAll<HTMLElement>(".tl-host .vis-item")].flatMap((item) => {
      const label = item.querySelector<HTMLElement>(".ev-label");
      if (!label) return [];
      return [
        {
          event: label.dataset.event!,
          actors: label.dataset.actors!.split(" "),
          lit: getComputedStyle(label.querySelector(".ev-title")!).backgroundColor === lit,
        },
      ];
    });
  });

/** The overview's bars, per year: each rectangle's class, colour and geometry (order aside). */
const overviewBars = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".overview-svg g.year")].map((g) =>
      [...g.querySelectorAll("rect")]
        .map((r) => ["class", "fill", "x", "y", "width", "height"].map((a) => r.getAttribute(a)).join(" "))
        .sort()
        .join(" | "),
    ),
  );

/** Share of the network canvas area that is not background: proves WebGL drew something. */
async function inkedShare(page: Page): Promise<number> {
  const png = await page.locator(".network-host").screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 16) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) inked++;
    return inked / (data.length / 16);
  }, png.toString("base64"));
}

describe("explorer", () => {
  it("loads with no console errors; the timeline shows items and the network draws", async () => {
    const { page, errors } = await app.open();
    expect(errors).toEqual([]);
    expect(await timelineItems(page)).toBeGreaterThan(190);
    expect(await count(page, ".vis-item.vis-point, .vis-item.vis-range")).toBeGreaterThan(10);
    expect(await visibleNodes(page)).toBeGreaterThan(300);
    expect(await inkedShare(page)).toBeGreaterThan(0.02);
    // With results on screen the "no results" note stays out of sight.
    expect(await page.locator(".empty-note").isVisible()).toBe(false);
    expect(await page.locator(".count").textContent()).toMatch(
      new RegExp(`^${events.length} of ${events.length} events`),
    );
    await screenshot(page, "01-loaded");
    await page.context().close();
  });

  it("a theme filter reduces the timeline, the network and the overview together", async () => {
    const { page } = await app.open();
    const before = {
      items: await timelineItems(page),
      nodes: await visibleNodes(page),
      bars: await count(page, ".overview-svg rect.part"),
    };
    await page.click("[data-theme=trafficking]");
    await page.waitForFunction(
      (n) => document.querySelector(".count")?.textContent?.startsWith(`${n} of`),
      trafficking,
    );
    const after = {
      items: await timelineItems(page),
      nodes: await visibleNodes(page),
      bars: await count(page, ".overview-svg rect.part"),
    };
    expect(after.items).toBe(trafficking);
    expect(after.nodes).toBeLessThan(before.nodes / 4);
    expect(after.bars).toBeLessThan(before.bars);
    await page.waitForFunction(() => location.search.includes("themes=trafficking"));
    await screenshot(page, "02-theme-filter");
    // The overview updates its bars in place: at each step it matches a page opened with the
    // same filter (labour mobility's band moves down to the base when trafficking goes), and
    // with the filter off it is as it was.
    const sameAsFresh = async (query: string) => {
      const fresh = await app.open(query);
      expect(await overviewBars(page)).toEqual(await overviewBars(fresh.page));
      await fresh.page.context().close();
    };
    await sameAsFresh("?themes=trafficking");
    await page.click("[data-theme=labour-mobility]");
    await page.waitForFunction(() => location.search.includes("labour-mobility"));
    await sameAsFresh("?themes=trafficking,labour-mobility");
    await page.click("[data-theme=trafficking]");
    await page.waitForFunction(() => !location.search.includes("trafficking"));
    await sameAsFresh("?themes=labour-mobility");
    await page.click("[data-theme=labour-mobility]");
    await page.waitForFunction(() => !location.search.includes("themes="));
    await sameAsFresh("");
    await page.context().close();
  });

  it("a theme chip toggled from the keyboard keeps the focus, with its state and counts updated", async () => {
    const { page } = await app.open();
    const chip = page.locator("[data-theme=trafficking]");
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.theme ?? null);
    await chip.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (n) => document.querySelector(".count")?.textContent?.startsWith(`${n} of`),
      trafficking,
    );
    expect(await focused()).toBe("trafficking");
    expect(await chip.getAttribute("aria-pressed")).toBe("true");
    expect(await chip.getAttribute("class")).toContain("on");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => !location.search.includes("themes="));
    expect(await focused()).toBe("trafficking");
    expect(await chip.getAttribute("aria-pressed")).toBe("false");
    // Counts follow the other filters: with only planned events hidden, fewer show.
    const before = await page.locator("[data-theme=governance] .chip-count").textContent();
    await page.click("input[data-key=hidePlanned]");
    await page.waitForFunction(
      (b) => document.querySelector("[data-theme=governance] .chip-count")?.textContent !== b,
      before,
    );
    // And the chips speak the page's language.
    await page.click("button.lang");
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
    expect(await chip.textContent()).not.toContain("Trafficking");
    await page.context().close();
  });

  it("panning and zooming the timeline changes the network", async () => {
    const { page } = await app.open();
    const before = await visibleNodes(page);
    const box = (await page.locator(".timeline-host .vis-center").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + 40);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300); // zoom in on the right end (2016–2018)
    await page.waitForTimeout(400);
    const zoomed = await visibleNodes(page);
    expect(zoomed).toBeLessThan(before);
    // Drag left to pan back in time.
    await page.mouse.move(box.x + 100, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    const panned = await visibleNodes(page);
    expect(panned).not.toBe(zoomed);
    expect(page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await screenshot(page, "03-panned");
    await page.context().close();
  });

  it("clicking an actor in the network highlights its events and opens its details", async () => {
    const { page } = await app.open();
    // A filter on and off first, with the pointer away from the network: sigma re-indexes its
    // nodes, and draws no picking pass until a pointer enters (pickingUnderPointer.ts). A picking
    // texture left from before would name another node under the pointer.
    await page.click("[data-theme=trafficking]");
    await page.waitForFunction(() => location.search.includes("themes=trafficking"));
    await page.click("[data-theme=trafficking]");
    await page.waitForFunction(() => !location.search.includes("themes="));
    const pos = (await nodePosition(page, "a:state-china"))!;
    await page.mouse.click(pos.x, pos.y);
    await page.waitForSelector(".details h2:text('People\\'s Republic of China')");
    await page.waitForFunction(() => location.search.includes("sel=actor:state-china"));
    // Its events come out of the blocks as items of their own, drawn the next frame.
    await page.waitForSelector('.tl-host .ev-label[data-actors~="state-china"]');
    // The timeline items drawn in the highlight's colours are exactly those of its events.
    const items = await timelineHighlight(page);
    const own = items.filter((i) => i.actors.includes("state-china"));
    expect(own.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.lit)).toEqual(own.map((i) => ({ ...i, lit: true })));
    expect(await count(page, ".details .event-list li")).toBeGreaterThan(3);
    expect(await count(page, ".details svg.mini-chart rect")).toBeGreaterThan(0);
    await screenshot(page, "04-actor-selected");
    // Selecting one of its events from the panel moves the selection to the event.
    await page.locator(".details .event-link").first().click();
    await page.waitForFunction(() => location.search.includes("sel=event:"));
    // The timeline brings the event into view (animated) and vis-timeline draws only items in
    // its window, so the selected item appears once the move has ended.
    await page.waitForSelector(".vis-item.vis-selected", { timeout: 5000 });
    expect((await timelineHighlight(page)).filter((i) => i.lit)).toEqual([]);
    expect(await count(page, ".vis-item.vis-selected")).toBeGreaterThan(0);
    await page.context().close();
  });

  it("“show in document” opens the source scrolled to the highlighted passage", async () => {
    const { page } = await app.open(`?sel=event:china-joins-iom-2016`);
    const quote = (await page.locator(".details .citation blockquote").first().textContent())!;
    await page.locator(".details .show-in-doc").first().click();
    const mark = page.locator("dialog.reader mark#cited-passage");
    await mark.waitFor();
    expect((await mark.textContent())!.replace(/\s+/g, "")).toBe(quote.replace(/\s+/g, ""));
    expect(await mark.isVisible()).toBe(true);
    const inView = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = m.closest(".doc-text")!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, "05-document-reader");
    await page.keyboard.press("Escape");
    await page.waitForSelector("dialog.reader:not([open])", { state: "attached" });
    await page.context().close();
  });

  it("events just outside the window are not left drawn over the first row", async () => {
    // 2013–2014 publications sit just beyond this window: vis-timeline once left them in the DOM,
    // never positioned, at the left edge on top of the first row.
    const { page } = await app.open(`?from=2010-01-01&to=2012-12-31`);
    const unplaced = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".timeline-host .vis-item.vis-point")]
        .filter((el) => !el.style.transform)
        .map((el) => el.textContent),
    );
    expect(unplaced).toEqual([]);
    await page.context().close();
  });

  it("a deep link restores its view, and malformed values are ignored with a notice", async () => {
    const link =
      "?lang=zh&themes=trafficking,labour-mobility&q=Nanjing&from=2016-01-01&to=2016-12-31&sel=event:china-joins-iom-2016&bogus=1&actors=nobody";
    const { page, errors } = await app.open(link);
    expect(errors).toEqual([]);
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
    expect(await page.getAttribute("[data-theme=trafficking]", "aria-pressed")).toBe("true");
    expect(await page.getAttribute("[data-theme=labour-mobility]", "aria-pressed")).toBe("true");
    expect(await page.inputValue("#q")).toBe("Nanjing");
    expect(await page.locator(".details h2").textContent()).toBe(titleOf("china-joins-iom-2016").zh);
    expect(await page.locator(".notice").textContent()).toContain("bogus=1");
    expect(await page.locator(".notice").textContent()).toContain("actors=nobody");
    const windowText = await page.locator(".vis-time-axis.vis-foreground").first().textContent();
    expect(windowText).toContain("2016");
    expect(await page.locator(".count").textContent()).toMatch(/视窗内 \d+ 个/);
    await screenshot(page, "06-deep-link");
    await page.context().close();
  });

  it("a link to a selected actor centres the network on it", async () => {
    // The camera once flew to the node's position in graph units, leaving the canvas blank.
    const { page } = await app.open(`?sel=actor:state-china`);
    await page.waitForTimeout(700); // the camera's move
    const box = (await page.locator(".net-canvas").boundingBox())!;
    const pos = (await nodePosition(page, "a:state-china"))!;
    expect(pos.x).toBeGreaterThan(box.x);
    expect(pos.x).toBeLessThan(box.x + box.width);
    expect(pos.y).toBeGreaterThan(box.y);
    expect(pos.y).toBeLessThan(box.y + box.height);
    expect(await inkedShare(page)).toBeGreaterThan(0.005);
    await page.context().close();
  });

  it("a selection kept through collapsing the hierarchy focuses the network on its top parent", async () => {
    const { page } = await app.open(`?sel=actor:china-mps`);
    const colour = (node: string) => nodeColor(page, node);
    const MUTED = "#d9d9d9"; // networkView.ts: what a node outside the focus is drawn in
    expect(await colour("a:china-mps")).not.toBe(MUTED);
    expect(await colour("a:state-china")).toBe(MUTED); // not a neighbour of the ministry
    await page.getByLabel("Collapse hierarchy").check();
    await page.waitForFunction(() => location.search.includes("collapse=1"));
    await page.waitForTimeout(300);
    // The ministry is folded into China, now the focus's centre, with its neighbours (IOM).
    expect(await colour("a:china-mps")).toBeNull();
    expect(await colour("a:state-china")).not.toBe(MUTED);
    expect(await colour("a:iom")).not.toBe(MUTED);
    // The camera follows the selection to China's node.
    await page.waitForTimeout(700);
    const box = (await page.locator(".net-canvas").boundingBox())!;
    const at = (await nodePosition(page, "a:state-china"))!;
    expect(Math.abs(at.x - (box.x + box.width / 2))).toBeLessThan(box.width / 4);
    expect(Math.abs(at.y - (box.y + box.height / 2))).toBeLessThan(box.height / 4);
    await screenshot(page, "10-collapsed-selection");
    await page.context().close();
  });

  it("network labels stay on the canvas, clear of each other and of the highlighted nodes drawn over them", async () => {
    // The whole span (the default view), where UN bodies sit at the right edge, in both languages,
    // and on a narrow window; a selection; and China and IOM's connections, where the two are
    // drawn on top (sigma's hover layer) among their bodies.
    for (const [query, width, height] of [
      ["", 1600, 900],
      ["?lang=zh", 1600, 900],
      ["?lang=zh", 700, 900],
      ["?sel=actor:iom", 1366, 768],
      ["?pair=state-china,iom", 1366, 768],
      ["?lang=zh&pair=state-china,iom", 1366, 768],
      ["?pair=state-china,iom", 1920, 1080],
      ["?lang=zh&pair=state-china,iom", 1920, 1080],
    ] as const) {
      const { page } = await app.open(query, { width, height });
      await page.waitForTimeout(300);
      const drawn = await page.evaluate(() => (window as unknown as NetworkHooks).liaisonNetwork.labelBoxes());
      expect(drawn.boxes.length).toBeGreaterThan(4);
      for (const b of drawn.boxes) {
        expect(b.x, `${query} ${width}`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${query} ${width}`).toBeLessThanOrEqual(drawn.width);
      }
      const { labels, covers } = await page.evaluate(() =>
        (window as unknown as NetworkHooks).liaisonNetwork.labelsAndCovers(),
      );
      if (query.includes("pair")) {
        // Both of the pair are drawn on top, each with its label.
        expect(covers.map((c) => c.key).sort()).toEqual(["a:iom", "a:state-china"]);
        expect(labels.map((l) => l.key)).toEqual(expect.arrayContaining(["a:iom", "a:state-china"]));
      }
      for (const [i, { key, box }] of labels.entries()) {
        const where = `${query} ${width}: ${key}`;
        for (const other of labels.slice(i + 1))
          expect(overlaps(box, other.box), `${where} / ${other.key}`).toBe(false);
        for (const disc of covers) {
          if (disc.key !== key) expect(discOverBox(disc, box), `${where} under ${disc.key}`).toBe(false);
        }
      }
      if (width === 1600 && !query) await screenshot(page, "07-labels-inside-the-canvas");
      if (query.includes("zh&pair")) await screenshot(page, `07-pair-labels-zh-${width}`);
      await page.context().close();
    }
  });

  it("back and forward walk through filter and selection changes", async () => {
    const { page } = await app.open();
    // The themes in the URL (a filter of few events also fits the window: from/to follow).
    const themesAre = (value: string | null) =>
      page.waitForFunction((v) => new URLSearchParams(location.search).get("themes") === v, value);
    await page.click("[data-theme=trafficking]");
    await themesAre("trafficking");
    await page.click("[data-theme=labour-mobility]");
    await themesAre("trafficking,labour-mobility");
    await page.goBack();
    await themesAre("trafficking");
    expect(await page.getAttribute("[data-theme=labour-mobility]", "aria-pressed")).toBe("false");
    expect(await timelineItems(page)).toBe(trafficking);
    await page.goBack();
    await page.waitForFunction(() => location.search === "");
    expect(await timelineItems(page)).toBeGreaterThan(190);
    await page.goForward();
    await themesAre("trafficking");
    expect(await page.getAttribute("[data-theme=trafficking]", "aria-pressed")).toBe("true");
    await page.context().close();
  });

  it("the language switch flips UI strings and data labels", async () => {
    const { page } = await app.open(`?sel=actor:iom`);
    expect(await page.locator(".details h2").textContent()).toBe("International Organization for Migration");
    await page.click("button.lang");
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hans");
    expect(await page.locator(".details h2").textContent()).toBe("国际移民组织");
    expect(await page.locator(".app-subtitle").textContent()).toContain("移民治理");
    expect(await page.locator("[data-theme=trafficking]").textContent()).toContain("人口贩运");
    // Every tool in the header follows, the dataset opener included (it outlives the explorer).
    const tools = await page.locator(".tools .tool-btn").allTextContents();
    expect(tools.length).toBeGreaterThanOrEqual(3);
    for (const label of tools) expect(label).not.toMatch(/[A-Za-z]{3}/);
    await page.waitForFunction(() => location.search.includes("lang=zh"));
    const font = await page.locator(".details h2").evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain("Noto Sans CJK SC");
    await screenshot(page, "08-chinese");
    await page.context().close();
  });

  it("works on a narrow window: stacked, no page scroll, filters folded", async () => {
    const { page, errors } = await app.open("", { width: 390, height: 844 });
    expect(errors).toEqual([]);
    const scroll = await page.evaluate(() => ({
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
      iw: innerWidth,
      ih: innerHeight,
    }));
    expect(scroll.w).toBeLessThanOrEqual(scroll.iw);
    expect(scroll.h).toBeLessThanOrEqual(scroll.ih);
    expect(await page.locator("#filter-panel").isVisible()).toBe(false);
    const tl = (await page.locator(".timeline-panel").boundingBox())!;
    const net = (await page.locator(".network-panel").boundingBox())!;
    expect(net.y).toBeGreaterThan(tl.y + tl.height - 1);
    await page.click("button.disclose");
    expect(await page.locator("#filter-panel").isVisible()).toBe(true);
    await screenshot(page, "09-narrow");
    // The actor suggestions stay on screen (the box sits at the right of the row).
    await page.fill("#actor-search", "China");
    const list = (await page.locator("#actor-options").boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(390);
    expect(await page.locator("#actor-options [role=option]").first().textContent()).toContain(
      "People's Republic of China",
    );
    await screenshot(page, "09-narrow-actor-search");
    await page.context().close();
  });

  it("on a phone, tapping a node in the network selects it", async () => {
    const { page } = await app.open("?lang=zh", { width: 390, height: 844, touch: true });
    // A filter on and off first (the filters are folded away on a phone), so that sigma has
    // re-indexed its nodes since its last picking pass (pickingUnderPointer.ts).
    await page.tap("button.disclose");
    await page.tap("[data-theme=trafficking]");
    await page.waitForFunction(() => location.search.includes("themes=trafficking"));
    await page.tap("[data-theme=trafficking]");
    await page.waitForFunction(() => !location.search.includes("themes="));
    await page.tap("button.disclose");
    await page.locator(".net-canvas").scrollIntoViewIfNeeded();
    const pos = (await nodePosition(page, "a:state-china"))!;
    await page.touchscreen.tap(pos.x, pos.y);
    await page.waitForFunction(() => location.search.includes("sel=actor:state-china"));
    expect(await page.locator(".details h2").textContent()).toBe("中华人民共和国");
    await page.context().close();
  });
});
