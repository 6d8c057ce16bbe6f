/**
 * End-to-end: presenting, every text on the timeline and the network is at least 20 px at
 * 1920×1080 (in proportion on a smaller screen) — band labels and period blocks too, which follow
 * the type scale's unit as the titles do — band label rows stay apart and clear of the first item
 * row, and + / 0 scale them.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { screenshot } from "./browser.ts";

const app = useAppSession(4324);
// Two overlapping status bands (two label rows) and five period blocks in its window.
const STEP = "?story=iom-joins-un&step=4";

const settled = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as { liaisonNetwork: { drawPending(): boolean } }).liaisonNetwork.drawPending(),
  );

interface Type {
  smallest: { px: number; what: string };
  bands: number[];
  blocks: number[];
  networkLabels: number;
  /** Band labels that overlap another band label, or reach below the top of the first item row */
  crowded: string[];
}

const measure = (page: Page): Promise<Type> =>
  page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const shown = (el: HTMLElement) => el.offsetParent !== null && getComputedStyle(el).visibility !== "hidden";
    const texts = [...document.querySelectorAll<HTMLElement>(".timeline-host *, .network-panel *")].filter(
      (el) =>
        !el.closest(".tl-probe") &&
        shown(el) &&
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    const smallest = texts.reduce(
      (m, el) => (px(el) < m.px ? { px: px(el), what: `${el.className}: ${el.textContent!.slice(0, 30)}` } : m),
      { px: Infinity, what: "" },
    );
    const labels = [...document.querySelectorAll<HTMLElement>(".timeline-host .status-label:not(.tl-probe)")];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    const firstRow = Math.min(
      ...[...document.querySelectorAll(".timeline-host .vis-foreground .vis-item")].map(
        (i) => i.getBoundingClientRect().top,
      ),
    );
    const crowded: string[] = [];
    boxes.forEach((b, i) => {
      if (b.bottom > firstRow + 0.5) crowded.push(`${labels[i].textContent} reaches the item rows`);
      boxes.forEach((c, j) => {
        const apart = b.right <= c.left || c.right <= b.left || b.bottom <= c.top + 0.5 || c.bottom <= b.top + 0.5;
        if (j > i && !apart) crowded.push(`${labels[i].textContent} overlaps ${labels[j].textContent}`);
      });
    });
    const network = (window as unknown as { liaisonNetwork: { labelSize(): number } }).liaisonNetwork;
    return {
      smallest,
      bands: labels.map(px),
      blocks: [...document.querySelectorAll(".timeline-host .vis-item.agg")].map(px),
      networkLabels: network.labelSize(),
      crowded,
    };
  });

describe("type on the projected timeline and network", () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ])
    for (const lang of ["en", "zh"] as const)
      it(`every text at least 20 px at 1920×1080, in proportion at ${width}×${height} (${lang})`, async () => {
        const { page, errors } = await app.open(`${STEP}&lang=${lang}`, { width, height, reducedMotion: true });
        await page.waitForSelector(".timeline-host .vis-item.agg");
        await settled(page);
        const scale = Math.min(width / 1920, height / 1080);
        const m = await measure(page);
        expect(m.bands.length).toBeGreaterThanOrEqual(2);
        expect(m.blocks.length).toBeGreaterThanOrEqual(1);
        expect(m.smallest.px, m.smallest.what).toBeGreaterThanOrEqual(20 * scale - 0.5);
        for (const size of [...m.bands, ...m.blocks]) expect(size).toBeGreaterThanOrEqual(20 * scale - 0.5);
        expect(m.networkLabels).toBeGreaterThanOrEqual(20 * scale);
        expect(m.crowded).toEqual([]);
        if (width === 1920) await screenshot(page, `22-presenting-bands-blocks-${lang}`);
        expect(errors).toEqual([]);
        await page.context().close();
      });

  it("+ enlarges band labels and blocks with the rest, 0 restores them", async () => {
    const { page } = await app.open(STEP, { width: 1920, height: 1080, reducedMotion: true });
    await page.waitForSelector(".timeline-host .vis-item.agg");
    await settled(page);
    const base = await measure(page);
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.waitForTimeout(300);
    await settled(page);
    const bigger = await measure(page);
    expect(Math.min(...bigger.bands)).toBeGreaterThan(Math.min(...base.bands) * 1.15);
    expect(Math.min(...bigger.blocks)).toBeGreaterThan(Math.min(...base.blocks) * 1.15);
    expect(bigger.networkLabels).toBeGreaterThan(base.networkLabels * 1.15);
    expect(bigger.crowded).toEqual([]);
    await page.keyboard.press("0");
    await page.waitForTimeout(300);
    await settled(page);
    const again = await measure(page);
    expect(again.bands).toEqual(base.bands);
    expect(again.blocks).toEqual(base.blocks);
    await page.context().close();
  });
});
