/**
 * End-to-end: relationship analysis in headless Chromium, with a real mouse and keyboard, in
 * English and Chinese — "all of" the chosen actors (and its reach into the CSV export and the
 * handout), an actor's counts with its bodies, the connections between two actors (relations with
 * their evidence, shared events, intermediaries, the highlight on the timeline and the network),
 * the search's ranking, the cold start's introduction and the "In view" table.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { ROOT, screenshot } from "./browser.ts";

const app = useAppSession(4316);
const relations = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "data/relations.json"), "utf8")) as {
    relations: Array<{ id: string; sources: unknown[] }>;
  }
).relations;
const sourcesOf = (id: string) => relations.find((r) => r.id === id)!.sources.length;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-relations-"));

const query = (page: Page) => new URL(page.url()).searchParams;
const details = (page: Page) => page.locator(".details");
const text = (page: Page, selector: string) => page.locator(selector).innerText();

/** Types into the actor search and picks the first suggestion with Enter; returns the suggestions. */
async function addActor(page: Page, typed: string): Promise<string[]> {
  await page.click("#actor-search");
  await page.keyboard.type(typed, { delay: 20 });
  await page.waitForSelector("#actor-options li");
  const options = await page.locator("#actor-options li").allInnerTexts();
  const before = new URL(page.url()).searchParams.get("actors") ?? "";
  await page.keyboard.press("Enter");
  await page.waitForFunction((b) => (new URL(location.href).searchParams.get("actors") ?? "") !== b, before);
  return options;
}

/** The timeline items drawn in the highlight's colours, by event id. */
const litEvents = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.backgroundColor = getComputedStyle(document.documentElement).getPropertyValue("--hl-bg");
    document.body.append(probe);
    const lit = getComputedStyle(probe).backgroundColor;
    probe.remove();
    // The highlight is on an item's title (timelineView's highlight rule), not on its box.
    return [...document.querySelectorAll(".timeline-host .vis-item")]
      .filter((item) => {
        const title = item.querySelector(".ev-title");
        return title !== null && getComputedStyle(title).backgroundColor === lit;
      })
      .map((item) => item.querySelector(".ev-label")?.getAttribute("data-event"))
      .filter(Boolean) as string[];
  });

type NetworkHooks = { liaisonNetwork: { nodeColor(n: string): string | null } };
const nodeColor = (page: Page, node: string) =>
  page.evaluate((n) => (window as unknown as NetworkHooks).liaisonNetwork.nodeColor(n), node);

async function exportCsv(page: Page, label: string): Promise<string[]> {
  await page.click(`.tools button.tool-btn:has-text('${label}')`);
  const [download] = (await Promise.all([page.waitForEvent("download"), page.click("[data-export=csv]")])) as [
    Download,
    unknown,
  ];
  const file = path.join(tmp, `${Date.now()}.csv`);
  await download.saveAs(file);
  return fs.readFileSync(file, "utf8").trim().split("\r\n");
}

/** Chinese text outside verbatim quotes and ids carries no half-width brackets, colons or semicolons. */
const halfWidthIn = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const root = document.querySelector(sel)!.cloneNode(true) as HTMLElement;
    for (const q of root.querySelectorAll("blockquote, .cite-source, [lang=en]")) q.remove();
    return [...root.innerText.matchAll(/[^\n]{0,12}[():;][^\n]{0,12}/g)].map((m) => m[0]);
  }, selector);

describe("any of / all of", () => {
  it.each([
    ["en", "China", "IOM", "People's Republic of China", "All of", "Export", "10 of 201 events"],
    ["zh", "中国", "国际移民组织", "中华人民共和国", "全部", "导出", "201 个事件中显示 10 个"],
  ] as const)(
    "(%s) China + IOM: the search finds them first; all of shows the 10 events in which both take part, in the export and the handout",
    async (lang, china, iom, chinaName, allOf, exportLabel, count) => {
      const { page, errors } = await app.open(`?lang=${lang}`, { init: "window.print = () => {};" });
      const first = await addActor(page, china);
      expect(first[0]).toContain(chinaName);
      await addActor(page, iom);
      expect(query(page).get("actors")).toBe("state-china,iom");
      // Any of: 29 events.
      await page.waitForSelector(".match-switch:not([hidden])");
      expect(await text(page, ".filters .count")).toContain(lang === "en" ? "29 of 201" : "显示 29 个");
      await page.locator(`.match-switch button:has-text('${allOf}')`).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get("match") === "all");
      expect(await text(page, ".filters .count")).toContain(count);
      expect(await page.locator(".match-switch [data-match=all]").getAttribute("aria-pressed")).toBe("true");
      // The export and the handout take the same events.
      const rows = await exportCsv(page, exportLabel);
      expect(rows).toHaveLength(11);
      await page.click(`.tools button.tool-btn:has-text('${exportLabel}')`);
      await page.click("[data-export=handout]");
      await page.click(".handout-print");
      await page.waitForSelector("body.handout-ready", { state: "attached" });
      expect(await page.locator("#handout tbody tr").count()).toBe(10);
      expect(await page.locator("#handout").innerText()).toContain(
        lang === "en" ? "(all of the actors)" : "（须全部参与）",
      );
      expect(errors).toEqual([]);
    },
  );

  it("the switch works from the keyboard and is restored from the URL", async () => {
    const { page } = await app.open("?actors=state-china,iom&match=all");
    expect(await text(page, ".filters .count")).toContain("10 of 201 events");
    await page.focus(".match-switch [data-match=any]");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("match"));
    expect(await text(page, ".filters .count")).toContain("29 of 201 events");
  });
});

describe("an actor's details count as the network does", () => {
  it("China: 7 events of its own, 13 with its bodies — the switch is Collapse hierarchy", async () => {
    const { page } = await app.open("?sel=actor:state-china");
    expect(await text(page, ".details .actor-events-head")).toBe("EVENTS (7)");
    expect(await text(page, ".details .bodies-toggle")).toContain("Including its bodies (MPS, MFA, MOFCOM…)");
    await page.locator(".details .bodies-toggle input").click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("collapse") === "1");
    expect(await page.locator(".filters input[data-key=collapse]").isChecked()).toBe(true);
    expect(await text(page, ".details .actor-events-head")).toBe("EVENTS (13)");
    // Meets most often with: IOM with its offices, 10 (the events in which both take part).
    expect(await page.locator(".details .co-actors li").first().innerText()).toMatch(
      /International Organization for Migration · 10/,
    );
    // Relations carry their evidence.
    const observer = page.locator(".details [data-relation=china-iom-observer]");
    expect(await observer.locator("summary").innerText()).toContain(
      "China: observer of IOM (June 2001 – 30 June 2016)",
    );
    await observer.locator("summary").click();
    expect(await observer.locator("blockquote").count()).toBe(sourcesOf("china-iom-observer"));
    await observer.locator("button.show-in-doc").first().click();
    await page.waitForSelector("dialog.reader[open]");
  });
});

describe("connections between two actors", () => {
  it("(en) from the actor's picker: relations, shared events, intermediaries, highlighted everywhere", async () => {
    const { page, errors } = await app.open("?sel=actor:state-china");
    await page.click(".details .pair-input");
    await page.keyboard.type("IOM", { delay: 20 });
    await page.waitForSelector("#pair-options li");
    expect(await page.locator("#pair-options li").first().innerText()).toContain(
      "International Organization for Migration",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("pair") === "state-china,iom");
    expect(await details(page).getAttribute("data-mode")).toBe("pair");
    expect(await text(page, ".details h2")).toBe("China and IOM");
    const relations = await page.locator(".details .pair-relations .relation-sentence").allInnerTexts();
    expect(relations.slice(0, 3)).toEqual([
      "China: observer of IOM (June 2001 – 30 June 2016)",
      "China hosts IOM Liaison Office in China (from March 2007)",
      "China: member of IOM (from 30 June 2016)",
    ]);
    expect(await page.locator(".details .pair-relations button.show-in-doc").count()).toBeGreaterThan(5);
    expect(await page.locator(".details .shared-events > li").count()).toBe(10);
    // The shared events are lit on the timeline (all ten are in the default window).
    await page.waitForTimeout(300);
    expect((await litEvents(page)).length).toBeGreaterThan(0);
    // The network mutes what is not the pair's.
    expect(await nodeColor(page, "a:state-china")).not.toBe(await nodeColor(page, "a:gfmd"));
    // Intermediaries: the EU–China Dialogue project first; opening it lists and lights its events.
    const first = page.locator(".details .intermediary").first();
    expect(await first.getAttribute("data-actor")).toBe("eu-china-dialogue-project");
    await first.locator(".via-btn").click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("via") === "eu-china-dialogue-project");
    const viaEvents = await page.locator(".details .via-events [data-event]").count();
    expect(viaEvents).toBeGreaterThanOrEqual(6);
    await page.waitForTimeout(300);
    const lit = await litEvents(page);
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.length).toBeLessThanOrEqual(viaEvents);
    await screenshot(page, "relations-pair-via-en");
    // An event opened from the list comes back to the connections.
    await page.locator(".details .via-events .event-link").first().click();
    expect(await details(page).getAttribute("data-mode")).toBe("event");
    await page.click(".details .back-link");
    expect(await details(page).getAttribute("data-mode")).toBe("pair");
    // Closing ends the pair.
    await page.click(".details .details-head .close");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("pair"));
    expect(errors).toEqual([]);
  });

  it("(zh) from two chosen actors: Chinese sentences with full-width punctuation", async () => {
    const { page, errors } = await app.open("?lang=zh&actors=state-china,iom");
    await page.locator(".filters .open-pair").click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("pair") === "state-china,iom");
    expect(await text(page, ".details h2")).toBe("中国与国际移民组织");
    const relations = await page.locator(".details .pair-relations .relation-sentence").allInnerTexts();
    expect(relations[0]).toBe("中国为国际移民组织观察员（2001年6月—2016年6月30日）");
    expect(relations).toContain("中国为国际移民组织成员国（2016年6月30日起）");
    expect(await halfWidthIn(page, ".details-body")).toEqual([]);
    await screenshot(page, "relations-pair-zh");
    expect(errors).toEqual([]);
  });
});

describe("nothing selected: the subject and what is in view", () => {
  it("(en) the cold start introduces China and IOM with the milestones, and starts the story", async () => {
    const { page, errors } = await app.open("");
    await page.waitForSelector(".details-body[data-in-view=ready]");
    expect(await text(page, ".details .intro h2")).toBe("China and IOM");
    const milestones = await page.locator(".details .milestones > li").allInnerTexts();
    expect(milestones.map((m) => m.split("\n")[0])).toEqual([
      "June 2001",
      "September 2006",
      "March 2007",
      "30 June 2016",
    ]);
    await page.click(".details .start-story");
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get("story") === "china-iom-observer-to-member",
    );
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  });

  it("(zh) key actors by events and betweenness; the table sorts and the keyboard walks it", async () => {
    const { page, errors } = await app.open("?lang=zh&themes=labour-mobility&from=2016-01-01&to=2016-12-31");
    await page.waitForSelector(".details-body[data-in-view=ready][data-betweenness=ready]");
    expect(await page.locator(".details .intro").count()).toBe(0);
    expect(await page.locator(".details .by-events li").count()).toBeGreaterThan(3);
    expect(await page.locator(".details .brokers li .key-actor").count()).toBeGreaterThan(1);
    const inView = Number((await text(page, ".filters .count")).match(/视窗内 (\d+)/)![1]);
    expect(await text(page, ".details .inview-events h3")).toBe(`视窗内的事件（${inView}）`);
    expect(await page.locator(".details .inview-table tbody tr").count()).toBe(inView);
    // Sort by title with the mouse: rows follow the Chinese collation.
    await page.click(".details [data-sort=title]");
    const titles = await page.locator(".details .row-title").allInnerTexts();
    const collator = new Intl.Collator("zh-Hans-CN");
    expect(titles).toEqual([...titles].sort(collator.compare));
    expect(await page.locator(".details th:has([data-sort=title])").getAttribute("aria-sort")).toBe("ascending");
    // The keyboard: focus the first row, ↓ to the second, Enter selects its event.
    await page.locator(".details .row-title").first().focus();
    await page.keyboard.press("ArrowDown");
    const second = await page.locator(".details .row-title").nth(1).getAttribute("data-event");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("sel") === `event:${id}`, second);
    expect(await details(page).getAttribute("data-mode")).toBe("event");
    // A key actor row selects its actor.
    await page.click(".details .close");
    await page.waitForSelector(".details-body[data-in-view=ready]");
    const actor = await page.locator(".details .by-events .key-actor").first().getAttribute("data-actor");
    await page.locator(".details .by-events .key-actor").first().click();
    expect(query(page).get("sel")).toBe(`actor:${actor}`);
    expect(errors).toEqual([]);
  });
});

describe("the In-view table's columns", () => {
  it.each(["en", "zh"] as const)(
    "(%s) give the titles the room at 1366 × 768; dates and kinds stay whole",
    async (lang) => {
      const { page, errors } = await app.open(`?lang=${lang}`, { width: 1366, height: 768 });
      await page.waitForSelector(".details-body[data-in-view=ready] .inview-table tbody tr");
      await page.locator(".details .inview-table").scrollIntoViewIfNeeded();
      const widths = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>(".details .inview-table")!;
        const cell = (sel: string) => table.querySelector(`thead ${sel}`)!.getBoundingClientRect().width;
        // A cell whose content runs past it: a date or a kind that would have had to break inside a word.
        const spilled = [...table.querySelectorAll<HTMLElement>("td.col-date, td.col-kind")]
          .filter((td) => td.scrollWidth > td.clientWidth + 1)
          .map((td) => td.textContent);
        return {
          table: table.getBoundingClientRect().width,
          panel: table.parentElement!.getBoundingClientRect().width,
          date: cell(".col-date"),
          title: cell(".col-title"),
          kind: cell(".col-kind"),
          spilled,
        };
      });
      expect(widths.table).toBeLessThanOrEqual(widths.panel + 0.5);
      expect(widths.title / widths.table).toBeGreaterThan(0.48);
      expect(widths.kind).toBeGreaterThan(40);
      expect(widths.spilled).toEqual([]);
      await screenshot(page, `relations-inview-table-${lang}-1366`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it("a count of one source is said in the singular, and the bar's count keeps to one line on a phone", async () => {
    const { page, errors } = await app.open("?sel=actor:iom");
    const counts = await page.locator(".details .relation-evidence summary .muted").allInnerTexts();
    expect(counts).toContain(" · 1 source");
    expect(counts).toContain(" · 2 sources");
    expect(counts.join()).not.toMatch(/\b1 sources/);
    await page.context().close();
    for (const lang of ["zh", "en"]) {
      const phone = await app.open(`?lang=${lang}`, { width: 390, height: 844, touch: true });
      const count = phone.page.locator(".filters .count");
      const lineHeight = await count.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
      expect((await count.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
      expect(await count.innerText()).toMatch(
        lang === "zh" ? /^201\/201 个事件 · 视窗内 \d+ 个$/ : /^201\/201 events · \d+ in view$/,
      );
      expect(phone.errors).toEqual([]);
      await phone.page.context().close();
    }
    expect(errors).toEqual([]);
  });
});

describe("on a phone (390 px)", () => {
  it.each([
    ["en", "China and IOM · In view", "China and IOM", "Hide"],
    ["zh", "中国与国际移民组织 · 视窗内", "中国与国际移民组织", "收起"],
  ] as const)("(%s) the bar opens the introduction and what is in view", async (lang, bar, title, hide) => {
    const { page, errors } = await app.open(`?lang=${lang}`, { width: 390, height: 844, touch: true });
    const toggle = page.locator(".details .sheet-toggle");
    await toggle.waitFor({ state: "visible" });
    expect((await toggle.innerText()).replace(/\s+/g, " ").trim()).toBe(`▴ ${bar}`);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    // Folded away, the panel draws nothing (a pan there costs nothing).
    await page.waitForTimeout(800);
    expect(await page.locator(".details-body").isVisible()).toBe(false);
    expect(await page.locator(".details-body").getAttribute("data-in-view")).toBeNull();
    // The bar sits at the foot of the screen, over the network's edge only.
    const barBox = (await toggle.boundingBox())!;
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(844);
    expect(barBox.height).toBeLessThan(60);
    await toggle.tap();
    await page.waitForSelector(".details-body[data-in-view=ready]");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await text(page, ".details .intro h2")).toBe(title);
    expect(await page.locator(".details .milestones > li").count()).toBe(4);
    // Readable: the introduction at 13 px or more, within the screen's width, no sideways scroll.
    const intro = await page.locator(".details .intro-text").evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { size: parseFloat(getComputedStyle(el).fontSize), left: box.left, right: box.right };
    });
    expect(intro.size).toBeGreaterThanOrEqual(13);
    expect(intro.left).toBeGreaterThanOrEqual(0);
    expect(intro.right).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => {
      const body = document.querySelector(".details-body")!;
      return body.scrollWidth - body.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, `relations-phone-sheet-${lang}`);
    // What is in view: a key actor opens its details in the sheet; closing them comes back here.
    const first = page.locator(".details .by-events .key-actor").first();
    const actor = await first.getAttribute("data-actor");
    await first.tap();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("sel") === `actor:${id}`, actor);
    await page.locator(".details .close").tap();
    await page.waitForSelector(".details-body[data-in-view=ready] .inview-table tbody tr");
    expect(await page.locator(".details .intro").isVisible()).toBe(true);
    await page.locator(".details .inview-table").scrollIntoViewIfNeeded();
    await screenshot(page, `relations-phone-table-${lang}`);
    expect((await toggle.innerText()).replace(/\s+/g, " ").trim()).toBe(`▾ ${hide}`);
    await toggle.tap();
    expect(await page.locator(".details-body").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe("screenshots", () => {
  const sizes = [
    [1600, 900],
    [1366, 768],
    [1920, 1080],
    [390, 844],
  ] as const;
  it.each(sizes.flatMap(([w, h]) => (["en", "zh"] as const).map((lang) => [lang, w, h] as const)))(
    "(%s) cold start, connections and an actor at %i × %i",
    async (lang, width, height) => {
      for (const [name, q] of [
        ["cold", ""],
        ["pair", "&pair=state-china,iom&via=eu-delegation-china"],
        ["actor", "&sel=actor:state-china&collapse=1"],
      ] as const) {
        const { page, errors } = await app.open(`?lang=${lang}${q}`, { width, height, touch: width < 500 });
        // On a phone the panel is folded to a bar until it is opened.
        if (name === "cold" && width < 500) await page.locator(".details .sheet-toggle").tap();
        if (name === "cold") await page.waitForSelector(".details-body[data-in-view=ready]");
        await page.waitForTimeout(500);
        await screenshot(page, `relations-${name}-${lang}-${width}`);
        // Nothing in the panel runs past its right edge.
        const overflow = await page.evaluate(() => {
          const body = document.querySelector(".details-body") as HTMLElement;
          return body.offsetParent ? body.scrollWidth - body.clientWidth : 0;
        });
        expect(overflow).toBeLessThanOrEqual(1);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
    120_000,
  );
});
