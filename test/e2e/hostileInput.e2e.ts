/**
 * Inputs that used to break the app (issue: reliability): a link to an empty deck, JSON nested far
 * too deep, a network panel squeezed to no height, markup in group labels, an event in year 0050,
 * files in the wrong encoding, and a dataset that validates but fails to mount.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";
import { useAppSession } from "./appSession.ts";
import { screenshot, serveFixture, serveFixtureBytes } from "./browser.ts";

const bundle = (mutate: (d: ReturnType<typeof miniDataset>) => void = () => {}) => {
  const d = miniDataset();
  mutate(d);
  return { ...d, texts: MINI_TEXTS };
};
const DEEP = '{"events": ' + "[".repeat(50_000);
const MARKUP = '<a href="https://example.org/x">a link</a><img src="x.png" alt="pic"><b>bold</b>';
const LONG = "Trafficking in persons and the protection of victims ".repeat(10);
// One canvas creation made to fail: WebGL refused, as on a machine out of contexts.
const FAIL_NEXT_CANVAS = `
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (window.__failNextCanvas) { window.__failNextCanvas = false; throw new Error("simulated: no WebGL context"); }
    return original.apply(this, args);
  };`;

const longThemes = () =>
  bundle((d) => {
    d.themes.push(
      ...["a", "b", "c", "d", "e", "f"].map((x) => ({
        id: `theme-${x}`,
        label: { en: `${x} ${LONG}`, zh: `${x} ${"人口贩运与受害者保护".repeat(50)}` },
        definition: { en: "Long.", zh: "长。" },
      })),
    );
    for (const e of d.events) e.themes = ["theme-a", "theme-b"];
  });

beforeAll(() => {
  serveFixtureBytes("deep.json", DEEP);
  serveFixture("long-themes.json", longThemes());
  serveFixture(
    "markup-groups.json",
    bundle((d) => (d.themes[0].label = { en: MARKUP, zh: MARKUP })),
  );
  serveFixture(
    "ancient.json",
    bundle((d) => (d.events[0].date = { start: "0050-03-01" })),
  );
  serveFixture("mini.json", bundle());
});
const app = useAppSession(4390);

const notices = (page: Page) => page.locator(".notices").textContent();
const count = (page: Page) => page.locator(".count").textContent();
const openImport = async (page: Page, name: string, bytes: string | Buffer) => {
  await page.click(".tools .tool-btn >> nth=2");
  await page.setInputFiles("#import-file", { name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
};

describe("hostile input", () => {
  it("a link to the user's deck on a browser without one opens the explorer and says why", async () => {
    const { page, errors } = await app.open("?story=my-deck&step=3");
    expect(errors).toEqual([]);
    expect(await notices(page)).toContain("which is not in this browser");
    expect(await page.locator("body.presenting").count()).toBe(0);
    expect(await count(page)).toMatch(/^201 of 201/);
    await page.context().close();
  });

  it("JSON nested 50,000 levels deep is refused with its place, by link and by Open dataset", async () => {
    const { page, errors } = await app.open("?data=./e2e/deep.json");
    expect(errors).toEqual([]);
    expect(await notices(page)).toContain("was not loaded");
    expect(await notices(page)).toMatch(/line 1, column 50012/);
    expect(await count(page)).toMatch(/^201 of 201/);
    await openImport(page, "deep.json", DEEP);
    await page.waitForSelector(".import-report li");
    expect(await page.locator(".import-report").textContent()).toContain("line 1, column 50012");
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("very long theme labels leave the network a height, by link and by import", async () => {
    const { page, errors } = await app.open("?data=./e2e/long-themes.json");
    expect(errors).toEqual([]);
    expect(await count(page)).toMatch(/^2 of 2/);
    const box = (await page.locator(".network-host").boundingBox())!;
    expect(box.height).toBeGreaterThan(150);
    const pos = await page.evaluate(() =>
      (window as unknown as { liaisonNetwork: { nodePosition(n: string): unknown } }).liaisonNetwork.nodePosition(
        "a:iom",
      ),
    );
    expect(pos).not.toBeNull();
    await screenshot(page, "hostile-long-themes");
    await page.context().close();
    // The same dataset opened over the curated one mounts whole (it half-mounted before).
    const imported = await app.open();
    await openImport(imported.page, "long-themes.json", JSON.stringify(longThemes()));
    await imported.page.waitForFunction(() => document.querySelector(".count")?.textContent?.startsWith("2 of 2"));
    await imported.page.waitForSelector("body[data-ready=true]", { state: "attached" });
    expect((await imported.page.locator(".network-host").boundingBox())!.height).toBeGreaterThan(150);
    expect(imported.errors).toEqual([]);
    await imported.page.context().close();
  });

  it("the curated app in a 1000×200 window mounts, and the network draws once the window grows", async () => {
    const { page, errors } = await app.open("", { width: 1000, height: 200 });
    expect(errors).toEqual([]);
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.waitForTimeout(500);
    const drawn = await page.evaluate(() => {
      const hooks = (
        window as unknown as { liaisonNetwork: { nodePosition(n: string): { x: number; y: number } | null } }
      ).liaisonNetwork;
      const p = hooks.nodePosition("a:iom");
      const canvas = document.querySelector(".network-host canvas")!.getBoundingClientRect();
      return p && p.x >= canvas.left && p.x <= canvas.right && p.y >= canvas.top && p.y <= canvas.bottom;
    });
    expect(drawn).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("markup in theme labels reaches the timeline's group labels as text", async () => {
    const { page, errors } = await app.open("?data=./e2e/markup-groups.json&group=theme");
    expect(errors).toEqual([]);
    const labels = page.locator(".vis-labelset .vis-label");
    expect(await labels.count()).toBeGreaterThan(0);
    expect(await labels.allTextContents()).toContain(MARKUP);
    expect(await page.locator(".vis-labelset a, .vis-labelset img, .vis-labelset b").count()).toBe(0);
    await page.context().close();
  });

  it("an event in year 0050 is placed in its own year on the timeline", async () => {
    const { page, errors } = await app.open("?data=./e2e/ancient.json&sel=event:china-joins-iom");
    expect(errors).toEqual([]);
    await page.waitForTimeout(800);
    const item = page.locator(".vis-item.vis-selected").first();
    await item.waitFor();
    const [itemBox, panelBox] = [(await item.boundingBox())!, (await page.locator(".timeline-host").boundingBox())!];
    // Its middle in the panel: in the 1950s it was off the axis altogether.
    const middle = itemBox.x + itemBox.width / 2;
    expect(middle).toBeGreaterThanOrEqual(panelBox.x);
    expect(middle).toBeLessThanOrEqual(panelBox.x + panelBox.width);
    expect(await page.locator(".details").textContent()).toContain("Date1 March 50Themes");
    await page.context().close();
  });

  it("a Latin-1 file and a UTF-16 file without a byte-order mark are refused naming the encoding", async () => {
    const { page } = await app.open();
    const latin1 = Buffer.concat([Buffer.from('{"events": [{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]);
    await openImport(page, "latin1.json", latin1);
    await page.waitForSelector(".import-report li");
    const report = (await page.locator(".import-report").textContent())!;
    expect(report).toContain("latin1.json");
    expect(report).toContain("not valid UTF-8 (it may be Latin-1 or Windows-1252)");
    await page.keyboard.press("Escape");
    const utf16 = Buffer.from("id,name_en\nchina,China\n", "utf16le");
    await page.click(".tools .tool-btn >> nth=2");
    await page.setInputFiles("#import-file", [
      { name: "events.csv", mimeType: "text/csv", buffer: utf16 },
      { name: "actors.csv", mimeType: "text/csv", buffer: utf16 },
    ]);
    await page.waitForFunction(() => document.querySelector(".import-report")?.textContent?.includes("UTF-16"));
    expect(await page.locator(".import-report").textContent()).toContain(
      "events.csv › (file) › (item): the file looks like UTF-16 (little-endian) without a byte-order mark",
    );
    await page.keyboard.press("Escape");
    expect(await count(page)).toMatch(/^201 of 201/);
    await page.context().close();
  });

  it("a dataset that validates but fails to mount puts the previous dataset and view back, saying why", async () => {
    const { page, errors } = await app.open("?sel=event:china-joins-iom-2016&themes=governance", {
      init: FAIL_NEXT_CANVAS,
    });
    await page.evaluate(() => ((window as unknown as { __failNextCanvas: boolean }).__failNextCanvas = true));
    await openImport(page, "mini.json", JSON.stringify(bundle()));
    await page.waitForFunction(() => document.querySelector(".notices")?.textContent?.includes("could not be shown"));
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });
    expect(await notices(page)).toContain("simulated: no WebGL context");
    expect(await count(page)).toMatch(/of 201/);
    expect(new URL(page.url()).searchParams.get("sel")).toBe("event:china-joins-iom-2016");
    expect(await page.locator(".details h2").textContent()).toContain("China");
    expect(await page.locator(".network-host canvas").count()).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.includes("simulated"))).toEqual([]);
    await page.context().close();
  });

  it("a linked dataset that fails to mount falls back to the curated data with a notice", async () => {
    const { page } = await app.open("?data=./e2e/mini.json", {
      init: `${FAIL_NEXT_CANVAS}; window.__failNextCanvas = true;`,
    });
    expect(await notices(page)).toContain("simulated: no WebGL context");
    expect(await count(page)).toMatch(/^201 of 201/);
    await page.context().close();
  });
});
