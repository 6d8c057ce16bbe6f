/**
 * The timeline's titles, measured as a reader meets them: for one-year and half-year windows in
 * English and Chinese at two screen sizes, the share of the events in view whose whole title is
 * drawn as text inside every box that clips it (no ancestor cuts it, no ellipsis shortens it).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { screenshot } from "./browser.ts";
import { eventsInBlocks } from "./timelineBlocks.ts";

const app = useAppSession(4316);

const WINDOWS = [
  { from: "2016-01-01", to: "2016-12-31" },
  { from: "2016-07-01", to: "2016-12-31" },
  { from: "2011-01-01", to: "2011-12-31" },
  { from: "2011-07-01", to: "2011-12-31" },
  { from: "2008-01-01", to: "2008-12-31" },
  { from: "2007-01-01", to: "2007-06-30" },
];
const SIZES = [
  { width: 1600, height: 900 },
  { width: 1366, height: 768 },
];
const TARGET = 0.9;
/**
 * Over all the events in view, counting those held in blocks as unreadable, in the three-panel
 * layout: the level reached so far, so that a change that hides more titles fails. Its timeline
 * is 47% of a 1366 px screen, and the crowded windows (2011: 61 events, 13 of them on 1–2
 * December) hold more titles than fit there at 12 px; widened (below), it reaches TARGET.
 */
const ALL_IN_VIEW_FLOOR = { 1600: 0.79, 1366: 0.63 } as const;

interface Legibility {
  /** Events whose dates fall in the window: drawn on their own, or counted in a block */
  inView: number;
  /** Of those, drawn on their own */
  drawn: number;
  readable: number;
  unreadable: string[];
}

/**
 * For every event whose mark lies in the visible part of the timeline: is its title element's
 * text rectangle inside every ancestor that clips (overflow other than visible), and is the text
 * not cut short (its scroll size within its box: an ellipsis or a line clamp shows as overflow)?
 */
function measure(page: Page): Promise<Omit<Legibility, "inView">> {
  return page.evaluate(() => {
    const center = document.querySelector<HTMLElement>(".timeline-host .vis-panel.vis-center")!;
    const view = center.getBoundingClientRect();
    const inside = (r: DOMRect, c: DOMRect) =>
      r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5;
    const seen = new Map<string, boolean>();
    const drawnTitles: Array<{ id: string; title: HTMLElement; rects: DOMRect[] }> = [];
    for (const label of document.querySelectorAll<HTMLElement>(".timeline-host .ev-label")) {
      const id = label.dataset.event!;
      const item = label.closest<HTMLElement>(".vis-item")!;
      // Where the event itself is: its mark (or its card's) when drawn apart from the label, else
      // the item (a shared bar).
      const mark = (item.querySelector<HTMLElement>(".ev-mark, .ev-set-mark") ?? item).getBoundingClientRect();
      // In the window's time span, wherever it is stacked: one stacked out of sight is not read.
      if (!(mark.right > view.left + 1 && mark.left < view.right - 1)) continue;
      const title = label.querySelector<HTMLElement>(".ev-title")!;
      const range = document.createRange();
      range.selectNodeContents(title);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      let ok = rects.length > 0 && title.textContent!.trim().length > 0;
      // Cut short by a clamp or an ellipsis: its content is larger than its box.
      for (let el: HTMLElement | null = title; ok && el && el !== center; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) ok = false;
        if (style.webkitLineClamp !== "none" && el.scrollHeight > el.clientHeight + 1) ok = false;
      }
      // Every ancestor that clips, up to the page: the text must lie inside it.
      for (let el: HTMLElement | null = title.parentElement; ok && el; el = el.parentElement) {
        const style = getComputedStyle(el);
        const clips = style.overflowX !== "visible" || style.overflowY !== "visible" || style.contain.includes("paint");
        if (!clips) continue;
        const box = el.getBoundingClientRect();
        if (!rects.every((r) => inside(r, box))) ok = false;
      }
      // An item in a grouped timeline sits in two rows: readable once is enough.
      seen.set(id, (seen.get(id) ?? false) || ok);
      if (ok) drawnTitles.push({ id, title, rects });
    }
    // Overlapped: another title, or another event's mark, lies over some of its text.
    // A card's mark is its events' (none of their titles lies over it).
    const marks = [...document.querySelectorAll<HTMLElement>(".timeline-host :is(.ev-mark, .ev-set-mark)")].map(
      (m) => ({ id: m.closest<HTMLElement>(".ev-label")?.dataset.event ?? "", r: m.getBoundingClientRect() }),
    );
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const t of drawnTitles) {
      const others = [
        ...drawnTitles.filter((o) => o.title !== t.title).flatMap((o) => o.rects.map((r) => ({ id: o.id, r }))),
        ...marks,
      ].filter((o) => o.id !== t.id);
      if (t.rects.some((r) => others.some((o) => meets(r, o.r)))) seen.set(t.id, false);
    }
    const unreadable = [...seen].filter(([, ok]) => !ok).map(([id]) => id);
    return { drawn: seen.size, readable: seen.size - unreadable.length, unreadable };
  });
}

/** The measure above, with the events counted in blocks: in view, but their titles not shown. */
async function legibility(page: Page): Promise<Legibility> {
  const drawn = await measure(page);
  const inBlocks = await eventsInBlocks(page);
  if (inBlocks) drawn.unreadable.push(`${inBlocks} in blocks`);
  return { inView: drawn.drawn + inBlocks, ...drawn };
}

/** With "Widen timeline" on (wideTimeline.ts: the network put away): issue 16's target. */
const WIDE_FLOOR = { 1600: TARGET, 1366: TARGET } as const;

describe("timeline legibility", () => {
  for (const layout of ["default", "wide"] as const)
    for (const lang of ["en", "zh"] as const) {
      for (const size of SIZES) {
        const floor = (layout === "wide" ? WIDE_FLOOR : ALL_IN_VIEW_FLOOR)[size.width as 1600 | 1366];
        it(`${layout === "wide" ? "timeline widened, " : ""}${lang} at ${size.width}×${size.height}: ≥ ${Math.round(TARGET * 100)}% of the events drawn on their own show their whole title, ≥ ${Math.round(floor * 100)}% of all in view`, async () => {
          const results: Array<{ window: string } & Legibility> = [];
          for (const w of WINDOWS) {
            const init = layout === "wide" ? `localStorage.setItem("liaison.wideTimeline", "1")` : undefined;
            const { page, errors } = await app.open(`?lang=${lang}&from=${w.from}&to=${w.to}`, { ...size, init });
            await page.waitForSelector(".timeline-host .ev-label");
            await page.waitForTimeout(600);
            results.push({ window: `${w.from}/${w.to}`, ...(await legibility(page)) });
            if (w === WINDOWS[0] || (layout === "wide" && w === WINDOWS[2])) {
              await screenshot(page, `legibility-${layout}-${lang}-${size.width}-${w.from.slice(0, 4)}`);
              // Titles, band labels and blocks: 12 px at the least.
              const smallest = await page.evaluate(() =>
                Math.min(
                  ...[...document.querySelectorAll(".timeline-host :is(.ev-title, .status-label, .cluster-label)")].map(
                    (el) => parseFloat(getComputedStyle(el).fontSize),
                  ),
                ),
              );
              expect(smallest).toBeGreaterThanOrEqual(12);
            }
            if (layout === "wide") {
              // The timeline has the workspace's width: the network is put away.
              const share = await page.evaluate(
                () =>
                  document.querySelector(".timeline-panel")!.getBoundingClientRect().width /
                  document.querySelector(".workspace")!.clientWidth,
              );
              expect(share).toBeGreaterThan(0.95);
            }
            expect(errors).toEqual([]);
            await page.context().close();
          }
          const inView = results.reduce((s, r) => s + r.inView, 0);
          const drawn = results.reduce((s, r) => s + r.drawn, 0);
          const readable = results.reduce((s, r) => s + r.readable, 0);
          const share = readable / inView;
          console.log(
            `${layout} ${lang} ${size.width}×${size.height}: ${readable}/${inView} = ${(share * 100).toFixed(0)}% (drawn on their own ${readable}/${drawn})`,
            results.map((r) => `${r.window} ${r.readable}/${r.drawn}/${r.inView}`).join("; "),
          );
          expect(inView).toBeGreaterThan(50);
          // Every event drawn on its own shows its whole title; where the panel has no room left,
          // events go into named blocks (counted above as not readable, and reported).
          for (const r of results)
            expect(r.readable / r.drawn, `${r.window}: ${r.unreadable.join(", ")}`).toBeGreaterThanOrEqual(TARGET);
          expect(readable / drawn).toBeGreaterThanOrEqual(TARGET);
          expect(share).toBeGreaterThanOrEqual(floor);
        });
      }
    }
});
