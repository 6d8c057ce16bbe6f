/**
 * The timeline as a reader uses it: a filter that fits the window to its few results, a
 * selection made elsewhere that ends fully in view, a status band that opens its relation and
 * its sources, blocks and bands reached from the keyboard alone, and theme colours on the marks.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import fs from "node:fs";
import path from "node:path";
import { ROOT, screenshot } from "./browser.ts";

const app = useAppSession(4317);

/** The trafficking events in the data: how many, the first one's year, the last one's date. */
const trafficking = (() => {
  const events = (
    JSON.parse(fs.readFileSync(path.join(ROOT, "data/events.json"), "utf8")) as {
      events: Array<{ themes: string[]; date: { start: string; end?: string } }>;
    }
  ).events.filter((e) => e.themes.includes("trafficking"));
  const starts = events.map((e) => e.date.start).sort();
  const ends = events.map((e) => e.date.end ?? e.date.start).sort();
  return { count: events.length, first: starts[0].slice(0, 4), last: ends[ends.length - 1] };
})();

const windowOf = (page: Page) => page.locator(".timeline-host").getAttribute("data-window");

/**
 * Clicks a chip (a shared bar's or a card's) and waits for its event's details; then whether the
 * event stands apart as a mark of its own with its ring, and the cards' headings.
 */
async function selectChip(page: Page, id: string, title: string | null) {
  await page.locator(`.ev-chip[data-event="${id}"]`).click();
  await page.waitForFunction((t) => document.querySelector(".details h2")?.textContent === t, title, {
    timeout: 3000,
  });
  expect(new URL(page.url()).searchParams.get("sel")).toBe(`event:${id}`);
  await page.waitForTimeout(800);
  return page.evaluate(
    (id) => ({
      own: !!document.querySelector(`.timeline-host .vis-item.vis-selected .ev-label[data-event="${id}"] .ev-mark`),
      chip: !!document.querySelector(`.timeline-host .ev-chip[data-event="${id}"]`),
      heads: [...document.querySelectorAll(".timeline-host .ev-card-head")].map((h) => h.textContent),
    }),
    id,
  );
}

/** The selected item's mark and title, and the visible timeline, in page coordinates. */
const selectedBoxes = (page: Page) =>
  page.evaluate(() => {
    const center = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
    const item = document.querySelector<HTMLElement>(".timeline-host .vis-item.vis-selected");
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      center: box(document.querySelector(".timeline-host .vis-panel.vis-center"))!,
      mark: box(item?.querySelector(".ev-mark")),
      title: box(item?.querySelector(".ev-title")),
      width: center.width,
    };
  });
const inside = (
  r: { left: number; right: number; top: number; bottom: number },
  c: { left: number; right: number; top: number; bottom: number },
) => r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom;

/** The URL's window holds every trafficking event and is narrower than the whole range. */
function expectFittedToTrafficking(url: URL) {
  const from = Date.parse(url.searchParams.get("from")!);
  const to = Date.parse(url.searchParams.get("to")!);
  expect(from).toBeLessThanOrEqual(Date.parse(`${trafficking.first}-01-01`));
  expect(to).toBeGreaterThanOrEqual(Date.parse(trafficking.last));
  expect(to - from).toBeLessThan(0.8 * (Date.parse("2019-01-01") - Date.parse("2001-01-01")));
}

describe("timeline reading", () => {
  it("a theme filter that leaves few events fits the window to them, and the URL follows", async () => {
    const { page, errors } = await app.open("");
    await page.locator(".chip", { hasText: "Trafficking in persons" }).first().click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has("from"), null, { timeout: 5000 });
    await page.waitForTimeout(700);
    const url = new URL(page.url());
    // 2001–2018 before; now a window around the trafficking events, narrower than the whole range.
    expectFittedToTrafficking(url);
    // Every result drawn, each with its whole title inside the panel.
    const titles = await page.evaluate(() => {
      const c = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
      return [...document.querySelectorAll(".timeline-host .ev-label .ev-title")].map((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom;
      });
    });
    expect(titles.length).toBe(trafficking.count);
    expect(titles.every(Boolean)).toBe(true);
    await screenshot(page, "timeline-filter-fits");
    // The button fits again after a manual zoom out.
    await page.evaluate(() =>
      (window as unknown as { liaisonApp: { select: (s: null) => void } }).liaisonApp.select(null),
    );
    await page.locator(".overview-host").click({ position: { x: 5, y: 40 } });
    await page.locator(".tl-fit").click();
    await page.waitForTimeout(700);
    expect(new URL(page.url()).searchParams.get("from")).toBe(url.searchParams.get("from"));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a link with that filter and no window opens fitted to its results, and the URL says so", async () => {
    const { page, errors } = await app.open("?themes=trafficking");
    await page.waitForSelector(".timeline-host .ev-label");
    const url = new URL(page.url());
    expectFittedToTrafficking(url);
    expect(await page.locator(".timeline-host .ev-label").count()).toBe(trafficking.count);
    // Clearing the filter gives back the whole range.
    await page.locator(".chip", { hasText: "Trafficking in persons" }).first().click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("from"), null, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("a selection made outside the timeline brings the event fully into view with its label", async () => {
    const { page } = await app.open("?from=2007-01-01&to=2007-12-31");
    // China joins IOM (June 2016), far outside the window, selected as the network or a list would.
    await page.evaluate(() =>
      (window as unknown as { liaisonApp: { select: (s: unknown) => void } }).liaisonApp.select({
        type: "event",
        id: "china-joins-iom-2016",
      }),
    );
    await page.waitForTimeout(1200);
    const b = await selectedBoxes(page);
    expect(b.mark).not.toBeNull();
    expect(inside(b.mark!, b.center)).toBe(true);
    expect(inside(b.title!, b.center)).toBe(true);
    // Not at the edge: a margin on both sides.
    expect(b.mark!.left - b.center.left).toBeGreaterThan(b.width * 0.02);
    expect(b.center.right - b.title!.right).toBeGreaterThan(0);
    await page.context().close();
  });

  it("events dated only to the year share one bar as chips; a chip selects its own event, which then stands apart", async () => {
    const { page, errors } = await app.open("?lang=en&from=2011-01-01&to=2011-12-31", { width: 1600, height: 900 });
    await page.waitForTimeout(800);
    const set = await page.evaluate(() => {
      const center = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
      const item = document.querySelector<HTMLElement>(".timeline-host .vis-item.ev-set")!;
      const chips = [...item.querySelectorAll<HTMLElement>(".ev-chip")];
      return {
        ids: chips.map((c) => c.dataset.event!),
        // Every chip whole, inside the panel, with its theme's colour at its edge.
        whole: chips.every((c) => {
          const r = c.querySelector(".ev-title")!.getBoundingClientRect();
          return r.left >= center.left && r.right <= center.right && r.bottom <= center.bottom;
        }),
        edges: chips.map((c) => getComputedStyle(c).borderLeftColor),
        // Its height is a few rows of chips, not a row per event.
        height: item.getBoundingClientRect().height,
      };
    });
    expect(set.ids.length).toBeGreaterThanOrEqual(10);
    expect(set.whole).toBe(true);
    expect(new Set(set.edges).size).toBeGreaterThan(1);
    expect(set.height).toBeLessThan(set.ids.length * 17);
    const id = set.ids[2];
    const title = await page.locator(`.ev-chip[data-event="${id}"] .ev-title`).textContent();
    // Selected, it is a bar of its own with its ring, and no longer one of the chips.
    expect(await selectChip(page, id, title)).toMatchObject({ own: true, chip: false });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("events on the same short dates are one mark with a card of chips beside it; a chip's tooltip and click are its own event's", async () => {
    const init = `localStorage.setItem("liaison.wideTimeline", "1")`;
    const { page, errors } = await app.open("?lang=zh&from=2011-07-01&to=2011-12-31", {
      width: 1600,
      height: 900,
      init,
    });
    await page.waitForTimeout(800);
    const card = await page.evaluate(() => {
      const center = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
      const wrap = [...document.querySelectorAll<HTMLElement>(".timeline-host .ev-card-wrap")].find(
        (w) => w.querySelectorAll(".ev-chip").length === 13,
      )!;
      const box = wrap.querySelector(".ev-card")!.getBoundingClientRect();
      const mark = wrap.querySelector(".ev-set-mark")!.getBoundingClientRect();
      const chips = [...wrap.querySelectorAll<HTMLElement>(".ev-chip")];
      return {
        head: wrap.querySelector(".ev-card-head")!.textContent,
        ids: chips.map((c) => c.dataset.event!),
        whole: chips.every((c) => {
          const r = c.querySelector(".ev-title")!.getBoundingClientRect();
          return r.left >= box.left && r.right <= box.right && r.bottom <= box.bottom && r.bottom <= center.bottom;
        }),
        // Beside its mark, level with it: the mark at the card's top corner.
        beside:
          (mark.right <= box.left || mark.left >= box.right) && mark.top >= box.top && mark.bottom <= box.top + 20,
      };
    });
    expect(card.head).toBe("2011年12月1日至2日 · 13 个事件");
    expect(card.whole && card.beside).toBe(true);
    const id = card.ids[0];
    const chip = page.locator(`.ev-card .ev-chip[data-event="${id}"]`);
    const title = await chip.locator(".ev-title").textContent();
    await chip.hover();
    await page.waitForFunction(
      (t) => document.querySelector(".tl-tooltip:not([hidden]) strong")?.textContent === t,
      title,
      {
        timeout: 3000,
      },
    );
    // Selected, it stands apart; the card holds the other twelve.
    const after = await selectChip(page, id, title);
    expect(after).toMatchObject({ own: true, chip: false });
    expect(after.heads).toContain("2011年12月1日至2日 · 12 个事件");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a selected multi-day meeting is marked as clearly as a selected point", async () => {
    const { page } = await app.open("?from=2016-01-01&to=2016-12-31&sel=event:un-summit-refugees-migrants-2016");
    await page.waitForTimeout(800);
    const ring = await page.evaluate(() => {
      const item = document.querySelector(".timeline-host .vis-item.vis-selected")!;
      const mark = item.querySelector<HTMLElement>(".ev-mark")!;
      return { shadow: getComputedStyle(mark).boxShadow, width: mark.getBoundingClientRect().width };
    });
    expect(ring.shadow).toContain("rgb(180, 83, 9)");
    expect(ring.width).toBeGreaterThanOrEqual(10);
    await page.context().close();
  });

  it("marks carry their theme's colour, as the chips do", async () => {
    const { page } = await app.open("?from=2016-01-01&to=2016-12-31&themes=trafficking");
    await page.waitForTimeout(800);
    const colours = await page.evaluate(() => {
      const chip = [...document.querySelectorAll<HTMLElement>(".chip")].find((c) =>
        c.textContent!.includes("Trafficking in persons"),
      )!;
      const swatch = chip.querySelector<HTMLElement>(".swatch, .dot") ?? chip;
      const chipColour = getComputedStyle(swatch).backgroundColor;
      const marks = [...document.querySelectorAll<HTMLElement>(".timeline-host .ev-mark")].map((m) =>
        getComputedStyle(m).getPropertyValue("--c").trim(),
      );
      return { chipColour, marks };
    });
    expect(colours.marks.length).toBeGreaterThan(0);
    const hex = colours.marks[0];
    const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    expect(colours.chipColour).toBe(rgb);
    await page.context().close();
  });

  it("a status band's label is whole, and opens its relation with its sources, by pointer and by keyboard", async () => {
    const { page, errors } = await app.open("?from=2014-01-01&to=2018-12-31");
    await page.waitForTimeout(600);
    const labels = await page.evaluate(() => {
      const c = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>(".timeline-host .status-label")].map((l) => {
        const r = l.getBoundingClientRect();
        return {
          text: l.textContent,
          whole: r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && l.scrollWidth <= l.clientWidth + 1,
        };
      });
    });
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(["China: member of IOM"]));
    expect(labels.every((l) => l.whole)).toBe(true);
    // Whole, and clear of the panel's rounded edges, where a band starts long before the window or
    // just short of its right edge (on a cold start, the membership band's label ends at it).
    for (const query of ["?lang=zh&from=2016-01-01&to=2016-12-31", "?themes=trafficking", "?lang=zh", "?lang=en"]) {
      const other = await app.open(query, { width: 1366, height: 768 });
      await other.page.waitForTimeout(600);
      const cut = await other.page.evaluate(() => {
        const c = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>(".timeline-host .status-label:not(.tl-probe)")]
          .filter((l) => {
            const r = l.getBoundingClientRect();
            return r.width > 0 && (r.left < c.left + 3.5 || r.right > c.right - 3.5);
          })
          .map((l) => l.textContent);
      });
      expect(cut, query).toEqual([]);
      await other.page.context().close();
    }
    await page.locator(".status-label", { hasText: "China: member of IOM" }).click();
    await page.waitForSelector(".details h2");
    expect(await page.locator(".details h2").textContent()).toBe("China: member of IOM");
    expect(await page.locator(".details .citation blockquote").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("sel")).toBe("relation:china-iom-member");
    await page.locator(".details .show-in-doc").first().click();
    await page.waitForSelector(".reader", { state: "visible" });
    await screenshot(page, "timeline-band-relation");
    await page.keyboard.press("Escape");
    // From the keyboard: the band's label is a button in the tab order.
    await page.evaluate(() =>
      (window as unknown as { liaisonApp: { select: (s: null) => void } }).liaisonApp.select(null),
    );
    await page.locator(".status-label", { hasText: "China: observer of IOM" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".details h2")?.textContent === "China: observer of IOM");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("zoomed out, milestones are named and the rest are in blocks that list their events and open from the keyboard", async () => {
    const { page } = await app.open("");
    await page.waitForTimeout(600);
    const titles = await page.locator(".timeline-host .ev-label .ev-title").allTextContents();
    expect(titles).toEqual(expect.arrayContaining(["China joins IOM as its 165th member state"]));
    const blocks = page.locator(".timeline-host .cluster-label");
    expect(await blocks.count()).toBeGreaterThan(0);
    const label = (await blocks.first().getAttribute("aria-label"))!;
    // It starts with what it shows: its count, with its main event's title where that has room.
    expect(label).toMatch(/^\d+( .+)?\. \d+ events?\. Among them: .+/);
    expect(label.startsWith((await blocks.first().innerText()).trim().replace(/\s+/g, " "))).toBe(true);
    const before = await windowOf(page);
    await blocks.first().focus();
    expect(await page.locator(".tl-tooltip").isVisible()).toBe(true);
    expect(await page.locator(".tl-tooltip li").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(900);
    expect(await windowOf(page)).not.toBe(before);
    await screenshot(page, "timeline-zoomed-out");
    await page.context().close();
  });
  it("on a phone, zoomed out, every axis label and every block's count is whole, in both languages", async () => {
    for (const lang of ["en", "zh"]) {
      const { page, errors } = await app.open(`?lang=${lang}`, { width: 390, height: 844 });
      await page.waitForSelector(".timeline-host .cluster-label");
      await page.waitForTimeout(600);
      const cut = await page.evaluate(() => {
        const within = (r: DOMRect, box: DOMRect) =>
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - 0.5 &&
          r.bottom <= box.bottom + 0.5;
        const textRect = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect();
        };
        const out: string[] = [];
        const axis = document.querySelector(".timeline-host .vis-time-axis.vis-foreground")!.getBoundingClientRect();
        for (const label of document.querySelectorAll<HTMLElement>(".timeline-host .vis-time-axis .vis-text")) {
          if (label.classList.contains("vis-measure") || getComputedStyle(label).visibility === "hidden") continue;
          const r = textRect(label);
          if (r.width > 0 && !(within(r, axis) && within(r, label.getBoundingClientRect())))
            out.push(`axis ${label.textContent}`);
        }
        const center = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
        for (const count of document.querySelectorAll<HTMLElement>(".timeline-host .cluster-label strong")) {
          const r = textRect(count);
          const block = count.closest(".cluster-label")!.getBoundingClientRect();
          if (!(within(r, block) && within(r, center))) out.push(`block ${count.textContent}`);
        }
        return out;
      });
      expect(cut, lang).toEqual([]);
      // Some blocks still show their count.
      expect(await page.locator(".timeline-host .cluster-label strong").count()).toBeGreaterThan(5);
      await screenshot(page, `timeline-phone-${lang}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
  it("an event reached from the keyboard shows its tooltip under its title, and Escape hides it", async () => {
    const { page, errors } = await app.open("?from=2016-01-01&to=2016-12-31", { width: 1600, height: 900 });
    await page.waitForSelector(".timeline-host .ev-label");
    await page.locator(".timeline-host").focus();
    await page.keyboard.press("ArrowRight");
    const tip = page.locator(".tl-tooltip");
    await tip.waitFor({ state: "visible" });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sel")?.startsWith("event:"));
    const sel = await page.evaluate(() => new URL(location.href).searchParams.get("sel"));
    const id = sel!.slice("event:".length);
    const title = await page.locator(`.timeline-host .ev-label[data-event="${id}"] .ev-title`).textContent();
    expect(await tip.locator("strong").textContent()).toBe(title);
    // Next to its title, not left wherever the pointer was.
    await page.waitForTimeout(700);
    const [t, l] = await Promise.all([
      tip.boundingBox(),
      page.locator(`.timeline-host .ev-label[data-event="${id}"] .ev-title`).boundingBox(),
    ]);
    // Over the title's columns (moved left only as far as the panel's right edge needs)…
    expect(t!.x).toBeLessThan(l!.x + l!.width);
    expect(t!.x + t!.width).toBeGreaterThan(l!.x);
    // …and just under or above it.
    expect(Math.min(Math.abs(t!.y - (l!.y + l!.height)), Math.abs(t!.y + t!.height - l!.y))).toBeLessThan(30);
    // The next event takes the tooltip with it.
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((prev) => new URL(location.href).searchParams.get("sel") !== prev, sel);
    const next = (await page.evaluate(() => new URL(location.href).searchParams.get("sel")))!.slice("event:".length);
    const nextTitle = await page.locator(`.timeline-host .ev-label[data-event="${next}"] .ev-title`).textContent();
    await page.waitForFunction((text) => document.querySelector(".tl-tooltip strong")?.textContent === text, nextTitle);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    // The selection stays; only the tooltip went.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get("sel"))).toBe(`event:${next}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
