/**
 * End-to-end: every step of every story, presented at 1920×1080, 1280×720 and 1024×768 in both
 * languages, shows its focal point whole. On the timeline the step's event has its title whole,
 * unclamped and inside the panel, highlighted and over no other title; in the network the selected
 * node's label is inside the canvas and no other label overlaps it. The timeline's type is sized
 * for a room (titles 24 px, axis 20 px at 1920×1080, in proportion elsewhere) and follows + and −.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { ROOT, screenshot } from "./browser.ts";

const stories = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "stories.json"), "utf8")).stories as Array<{
  id: string;
  steps: Array<{ view: { sel?: { type: "event" | "actor"; id: string } } }>;
}>;
const app = useAppSession(4318);

interface Focus {
  titlePx: number;
  axisPx: number;
  /** Problems with the focal event's title on the timeline (empty: none) */
  timeline: string[];
  /** Problems with the selected node's label in the network (empty: none) */
  network: string[];
}

const measureFocus = (page: Page, sel: { type: string; id: string } | undefined): Promise<Focus> =>
  page.evaluate((sel) => {
    const panel = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const titles = [...document.querySelectorAll<HTMLElement>(".timeline-host .ev-title")].filter(
      (el) => el.getClientRects().length > 0,
    );
    const axis = [...document.querySelectorAll<HTMLElement>(".timeline-host .vis-time-axis .vis-text")].filter(
      (el) => el.textContent!.trim() && el.getClientRects().length > 0,
    );
    const timeline: string[] = [];
    if (sel?.type === "event") {
      const el = document.querySelector<HTMLElement>(`.timeline-host [data-event="${sel.id}"] .ev-title`);
      if (!el) timeline.push("no title");
      else {
        const r = el.getBoundingClientRect();
        if (r.left < panel.left - 0.5 || r.right > panel.right + 0.5) timeline.push("cut at a side");
        if (r.top < panel.top - 0.5 || r.bottom > panel.bottom + 0.5) timeline.push("cut at the top or bottom");
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) timeline.push("clamped");
        if (!el.closest(".vis-item")?.classList.contains("sel")) timeline.push("not highlighted");
        for (const other of titles) {
          if (other === el) continue;
          const o = other.getBoundingClientRect();
          if (o.left < r.right - 1 && o.right > r.left + 1 && o.top < r.bottom - 1 && o.bottom > r.top + 1)
            timeline.push(`overlaps "${other.textContent}"`);
        }
      }
    }
    const network: string[] = [];
    const net = (window as unknown as { liaisonNetwork: { focalLabel(): unknown; labelBoxes(): unknown } })
      .liaisonNetwork;
    type Box = { x: number; y: number; width: number; height: number };
    const focal = net.focalLabel() as { box: Box; width: number; height: number } | null;
    if (sel && !focal) network.push("no label");
    if (focal) {
      const b = focal.box;
      if (b.x < -0.5 || b.x + b.width > focal.width + 0.5 || b.y < -0.5 || b.y + b.height > focal.height + 0.5)
        network.push(`outside the canvas: ${JSON.stringify(b)} in ${focal.width}×${focal.height}`);
      const { boxes } = net.labelBoxes() as { boxes: Box[] };
      for (const o of boxes) {
        const same = o.x === b.x && o.y === b.y && o.width === b.width;
        if (!same && o.x < b.x + b.width && o.x + o.width > b.x && o.y < b.y + b.height && o.y + o.height > b.y)
          network.push(`overlapped by a label at ${Math.round(o.x)},${Math.round(o.y)}`);
      }
    }
    return {
      titlePx: Math.min(...titles.map(px)),
      axisPx: Math.min(...axis.map(px)),
      timeline: [...new Set(timeline)],
      network,
    };
  }, sel);

/**
 * What cuts the focal events' titles: a title shortened (clamped or with an ellipsis), or a line of
 * it reaching outside any ancestor that clips (overflow other than visible) or the viewport. Each
 * line is taken as its line box: the text's width by the line's height.
 */
const focalTitleCuts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const cuts: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(".timeline-host .vis-item.sel .ev-title")) {
      const name = `"${el.textContent}"`;
      if (el.textContent!.includes("…")) cuts.push(`${name} shortened`);
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) cuts.push(`${name} clamped`);
      const range = document.createRange();
      range.selectNodeContents(el);
      const lh = parseFloat(getComputedStyle(el).lineHeight);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      if (!lines.length) cuts.push(`${name} not drawn`);
      const text = {
        left: Math.min(...lines.map((r) => r.left)),
        right: Math.max(...lines.map((r) => r.right)),
        top: Math.min(...lines.map((r) => r.top + r.height / 2 - lh / 2)),
        bottom: Math.max(...lines.map((r) => r.top + r.height / 2 + lh / 2)),
      };
      const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
        text.left >= b.left - 0.5 &&
        text.right <= b.right + 0.5 &&
        text.top >= b.top - 0.5 &&
        text.bottom <= b.bottom + 0.5;
      if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) cuts.push(`${name} outside the screen`);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== "visible" || cs.overflowY !== "visible")
          if (!inside(a.getBoundingClientRect())) cuts.push(`${name} cut by .${[...a.classList].join(".")}`);
      }
    }
    return cuts;
  });

const settled = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as { liaisonNetwork: { drawPending(): boolean } }).liaisonNetwork.drawPending(),
  );

describe("a story's focal point when presenting", () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ])
    for (const lang of ["en", "zh"] as const)
      it(`every step of every story at ${width}×${height} (${lang})`, { timeout: 300_000 }, async () => {
        const scale = Math.min(width / 1920, height / 1080);
        const problems: string[] = [];
        for (const story of stories) {
          const { page, errors } = await app.open(`?lang=${lang}&story=${story.id}&step=1`, {
            width,
            height,
            reducedMotion: true,
          });
          for (let i = 0; i < story.steps.length; i++) {
            if (i) await page.keyboard.press("ArrowRight");
            await page.waitForFunction((n) => location.search.includes(`step=${n}`), i + 1);
            await page.waitForTimeout(350);
            await settled(page);
            const m = await measureFocus(page, story.steps[i].view.sel);
            const at = `${story.id} step ${i + 1}`;
            if (m.titlePx < 24 * scale - 0.5) problems.push(`${at}: titles ${m.titlePx} px`);
            if (m.axisPx < 20 * scale - 0.5) problems.push(`${at}: axis ${m.axisPx} px`);
            for (const p of m.timeline) problems.push(`${at}: timeline: ${p}`);
            for (const p of m.network) problems.push(`${at}: network: ${p}`);
          }
          expect(errors).toEqual([]);
          await page.context().close();
        }
        expect(problems).toEqual([]);
      });

  for (const lang of ["en", "zh"] as const)
    it(`the China–IOM story's focal titles are whole inside everything that clips them at 1920×1080 (${lang})`, async () => {
      const story = stories.find((s) => s.id === "china-iom-observer-to-member")!;
      const { page, errors } = await app.open(`?lang=${lang}&story=${story.id}&step=1`, { width: 1920, height: 1080 });
      const cuts: string[] = [];
      for (let i = 0; i < story.steps.length; i++) {
        if (i) await page.keyboard.press("ArrowRight");
        await page.waitForFunction((n) => location.search.includes(`step=${n}`), i + 1);
        // The window's animation ends and the timeline lays out once more.
        await page.waitForTimeout(900);
        await settled(page);
        const sel = story.steps[i].view.sel;
        if (sel?.type === "event")
          expect(
            await page.locator(`.timeline-host .vis-item.sel [data-event="${sel.id}"] .ev-title`).count(),
          ).toBeGreaterThan(0);
        for (const cut of await focalTitleCuts(page)) cuts.push(`step ${i + 1}: ${cut}`);
        await screenshot(page, `focal-china-iom-1920-${lang}-${i + 1}`);
      }
      expect(cuts).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it("+ and − scale the timeline's titles and axis, and 0 restores them", async () => {
    const { page } = await app.open(`?story=eu-china-anti-trafficking&step=3`, {
      width: 1920,
      height: 1080,
      reducedMotion: true,
    });
    const sizes = () =>
      page.evaluate(() => ({
        title: parseFloat(getComputedStyle(document.querySelector(".timeline-host .ev-title")!).fontSize),
        axis: parseFloat(getComputedStyle(document.querySelector(".timeline-host .vis-time-axis .vis-text")!).fontSize),
      }));
    const base = await sizes();
    expect(base.title).toBeGreaterThanOrEqual(23.5);
    expect(base.axis).toBeGreaterThanOrEqual(19.5);
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.waitForTimeout(300);
    const bigger = await sizes();
    expect(bigger.title).toBeGreaterThan(base.title * 1.15);
    expect(bigger.axis).toBeGreaterThan(base.axis * 1.15);
    // The focal title is laid out again for the new size: still whole.
    await settled(page);
    expect(
      (await measureFocus(page, { type: "event", id: "return-readmission-exchange-visit-europe-2016" })).timeline,
    ).toEqual([]);
    await page.keyboard.press("0");
    await page.waitForTimeout(300);
    expect(await sizes()).toEqual(base);
    await page.context().close();
  });
});
