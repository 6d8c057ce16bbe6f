/**
 * End-to-end: presentation mode on a projector — type sizes from computed styles, nothing clipped
 * and nothing covered at 1920×1080, 1280×720 and 1024×768 in both languages; the keys (B . Home End
 * + − 0, Esc closing a menu first); a step reached live equals its link; a link to a slide of
 * one's own deck opens for someone without it; the presenter view follows and steers.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { ROOT, screenshot } from "./browser.ts";

const stories = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "stories.json"), "utf8")).stories as Array<{
  id: string;
  steps: Array<{ headline: { en: string; zh: string }; text: { en: string; zh: string } }>;
}>;
const app = useAppSession(4316);

interface Measured {
  headline: number;
  text: number;
  smallest: number;
  overflow: number;
  clippedText: string[];
  overlap: number;
  headerShown: boolean;
}

/** Font sizes and clipping of the caption column, and whether it overlaps the views. */
const measure = (page: Page): Promise<Measured> =>
  page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>(".presentation")!;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const box = panel.getBoundingClientRect();
    const texts = [...panel.querySelectorAll<HTMLElement>("*")].filter(
      (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && el.offsetParent !== null,
    );
    const clippedText = texts
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5 || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => el.className);
    const ws = document.querySelector(".workspace")!.getBoundingClientRect();
    return {
      headline: px(panel.querySelector(".pres-headline")!),
      text: px(panel.querySelector(".pres-text")!),
      smallest: Math.min(...texts.map(px)),
      overflow: panel.scrollHeight - panel.clientHeight,
      clippedText,
      overlap: Math.max(0, ws.right - box.left),
      headerShown: getComputedStyle(document.querySelector(".app-header")!).display !== "none",
    };
  });

/**
 * Titles on the timeline that show (not faded out) but not whole: cut at a side by an ancestor that
 * clips, or shortened by an ellipsis. A title stacked below the panel's bottom (a crowded step's
 * highlighted events: the timeline scrolls there) counts only if it is one of the step's own.
 * A CJK font's text box reaches past its line box: a fifth of the type size is allowed above and below.
 */
const cutTitles = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const cut: string[] = [];
    const center = document.querySelector(".timeline-host .vis-panel.vis-center")!;
    for (const title of document.querySelectorAll<HTMLElement>(".timeline-host .ev-title:not(.tl-probe)")) {
      const style = getComputedStyle(title);
      if (parseFloat(style.opacity) < 0.05) continue;
      const slack = parseFloat(style.fontSize) * 0.2;
      const range = document.createRange();
      range.selectNodeContents(title);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const own = !!title.closest(".vis-selected");
      let whole = true;
      for (let el: HTMLElement | null = title; whole && el; el = el.parentElement) {
        const css = getComputedStyle(el);
        if (css.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) whole = false;
        if (el === title) continue;
        if (css.overflowX === "visible" && css.overflowY === "visible" && !css.contain.includes("paint")) continue;
        const box = el.getBoundingClientRect();
        for (const r of rects) {
          if (r.bottom <= box.top || r.top >= box.bottom || r.right <= box.left || r.left >= box.right) continue;
          const sides = r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - slack;
          const below = r.bottom > box.bottom + slack;
          // Below the timeline's own panel (or the panel round it): stacked out of sight.
          const scrolls = el === center || el.contains(center);
          if (sides || (below && (!scrolls || own))) whole = false;
        }
      }
      if (!whole) cut.push(title.textContent ?? "");
    }
    return cut;
  });

describe("presentation on a projector", () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ])
    for (const lang of ["en", "zh"] as const)
      it(`is legible, unclipped and beside the views at ${width}×${height} (${lang})`, async () => {
        const story = stories.find((s) => s.id === "eu-china-anti-trafficking")!;
        const { page, errors } = await app.open(`?lang=${lang}&story=${story.id}&step=1`, { width, height });
        const scale = Math.min(width / 1920, height / 1080);
        for (let i = 0; i < story.steps.length; i++) {
          if (i) await page.keyboard.press("ArrowRight");
          await page.waitForFunction((n) => location.search.includes(`step=${n}`), i + 1);
          // While the window moves to the step's, no title shows cut; once it has, none is.
          if (i) expect(await cutTitles(page), `step ${i + 1}, moving`).toEqual([]);
          await page.waitForFunction(() => !document.querySelector(".tl-host.tl-zooming"));
          await page.waitForTimeout(300);
          expect(await cutTitles(page), `step ${i + 1}`).toEqual([]);
          expect(await page.locator(".pres-headline").textContent()).toBe(story.steps[i].headline[lang]);
          const m = await measure(page);
          expect(m.headline).toBeGreaterThanOrEqual(36 * scale - 0.5);
          expect(m.text).toBeGreaterThanOrEqual(28 * scale - 0.5);
          expect(m.smallest).toBeGreaterThanOrEqual(20 * scale - 0.5);
          expect(m.overflow).toBeLessThanOrEqual(0);
          expect(m.clippedText).toEqual([]);
          expect(m.overlap).toBe(0);
          expect(m.headerShown).toBe(false);
          if (i === 2) await screenshot(page, `20-presenting-${width}x${height}-${lang}`);
        }
        // No focus ring and no tooltip: the views take no pointer, focus is on nothing.
        expect(await page.evaluate(() => getComputedStyle(document.querySelector(".workspace")!).pointerEvents)).toBe(
          "none",
        );
        expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
        expect(errors).toEqual([]);
        await page.context().close();
      });

  it("keys: B and . blank, Home and End, + − 0 scale, Esc closes a menu before it leaves", async () => {
    const story = stories.find((s) => s.id === "iom-joins-un")!;
    const { page } = await app.open(`?story=${story.id}&step=2`, { width: 1920, height: 1080 });
    const blank = page.locator(".pres-blank");
    await page.keyboard.press("b");
    expect(await blank.isVisible()).toBe(true);
    await page.keyboard.press("b");
    expect(await blank.isVisible()).toBe(false);
    await page.keyboard.press(".");
    expect(await blank.isVisible()).toBe(true);
    await page.keyboard.press("Escape"); // unblanks, still presenting
    expect(await blank.isVisible()).toBe(false);
    expect(await page.locator(".presentation").isVisible()).toBe(true);
    await page.keyboard.press("End");
    await page.waitForFunction((n) => location.search.includes(`step=${n}`), story.steps.length);
    await page.keyboard.press("Home");
    await page.waitForFunction(() => location.search.includes("step=1"));
    const size = () => page.locator(".pres-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const base = await size();
    await page.keyboard.press("+");
    expect(await size()).toBeGreaterThan(base);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    expect(await size()).toBeLessThan(base);
    await page.keyboard.press("0");
    expect(await size()).toBeCloseTo(base, 1);
    // An open menu closes first.
    await page.evaluate(() => {
      const menu = document.querySelector<HTMLElement>("[role=menu]")!;
      menu.hidden = false;
    });
    await page.keyboard.press("Escape");
    expect(await page.locator("[role=menu]").first().isHidden()).toBe(true);
    expect(await page.locator(".presentation").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !location.search.includes("story="));
    expect(await page.locator(".presentation").isVisible()).toBe(false);
    await page.context().close();
  });

  it("a step reached with → or ← shows the same window and selection as its link", async () => {
    const story = stories.find((s) => s.id === "eu-china-anti-trafficking")!;
    const { page } = await app.open(`?story=${story.id}&step=6`, { width: 1920, height: 1080 });
    const shown = async () => {
      await page.waitForTimeout(900); // the window animates
      return page.evaluate(() => ({
        window: (
          window as unknown as { liaisonTimeline: { window: () => { start: number; end: number } } }
        ).liaisonTimeline.window(),
        sel: [...document.querySelectorAll(".vis-item.vis-selected")].length,
      }));
    };
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.includes("step=7"));
    const live = await shown();
    const linked = await app.openUrl(page.url());
    const fromLink = await (async () => {
      await linked.page.waitForTimeout(900);
      return linked.page.evaluate(() =>
        (
          window as unknown as { liaisonTimeline: { window: () => { start: number; end: number } } }
        ).liaisonTimeline.window(),
      );
    })();
    const day = 86_400_000;
    expect(Math.abs(live.window.start - fromLink.start)).toBeLessThan(day);
    expect(Math.abs(live.window.end - fromLink.end)).toBeLessThan(day);
    expect(live.sel).toBeGreaterThan(0);
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.search.includes("step=6"));
    const back = await shown();
    const linked6 = await app.openUrl(page.url());
    await linked6.page.waitForTimeout(900);
    const fromLink6 = await linked6.page.evaluate(() =>
      (
        window as unknown as { liaisonTimeline: { window: () => { start: number; end: number } } }
      ).liaisonTimeline.window(),
    );
    expect(Math.abs(back.window.start - fromLink6.start)).toBeLessThan(day);
    expect(Math.abs(back.window.end - fromLink6.end)).toBeLessThan(day);
    for (const p of [page, linked.page, linked6.page]) await p.context().close();
  });

  it("a link to a slide of one's own deck carries the deck; without it, a plain notice and no crash", async () => {
    const missing = await app.open(`?story=my-deck&step=3`);
    expect(missing.errors).toEqual([]);
    expect(await missing.page.locator(".notices").textContent()).toContain("not in this browser");
    expect(await missing.page.locator(".presentation").isVisible()).toBe(false);
    await missing.page.context().close();

    const zh = await app.open(`?lang=zh&story=my-deck&step=3&deck=not-a-deck!`);
    expect(zh.errors).toEqual([]);
    expect(await zh.page.locator(".notices").textContent()).toContain("不在本浏览器中");
    await zh.page.context().close();

    const { page } = await app.open(`?from=2016-01-01&to=2016-12-31`);
    const titles = ["China joins", "IOM joins the UN", "The summit"];
    const sels = ["china-joins-iom-2016", "iom-joins-un-2016", "un-summit-refugees-migrants-2016"];
    await page.click(".tools .tool-btn >> nth=0");
    for (const [i, title] of titles.entries()) {
      await page.evaluate(
        (id) =>
          (window as unknown as { liaisonApp: { select: (s: unknown) => void } }).liaisonApp.select({
            type: "event",
            id,
          }),
        sels[i],
      );
      await page.fill(".slide-title", title);
      await page.click(".add-slide");
    }
    await page.click(".deck .present-btn");
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.search.includes("step=3") && location.search.includes("deck="));
    expect(await page.locator(".pres-headline").textContent()).toBe("The summit");
    const url = page.url();
    await page.context().close();
    // A fresh browser context: no deck in its storage.
    const other = await app.openUrl(url);
    expect(other.errors).toEqual([]);
    expect(await other.page.locator(".pres-headline").textContent()).toBe("The summit");
    expect(await other.page.locator(".pres-count").textContent()).toBe("3 / 3");
    expect(decodeURIComponent(other.page.url())).toContain("sel=event:un-summit-refugees-migrants-2016");
    await other.page.keyboard.press("Home");
    expect(await other.page.locator(".pres-headline").textContent()).toBe("China joins");
    await other.page.context().close();
  });

  it("the presenter view shows the step, its notes and the next one, and steers the projected window", async () => {
    const story = stories.find((s) => s.id === "iom-joins-un")!;
    const { page } = await app.open(`?story=${story.id}&step=2`, { width: 1280, height: 720 });
    const presenter = await page.context().newPage();
    await presenter.setViewportSize({ width: 1100, height: 760 });
    await presenter.goto(page.url().split("?")[0] + "#presenter");
    await presenter.waitForSelector(".pv-current h2");
    expect(await presenter.locator(".pv-current h2").textContent()).toBe(story.steps[1].headline.en);
    expect(await presenter.locator(".pv-next-headline").textContent()).toBe(story.steps[2].headline.en);
    expect((await presenter.locator(".pv-notes").textContent())!.length).toBeGreaterThan(100);
    expect(await presenter.locator(".pv-cites li").count()).toBeGreaterThan(0);
    await presenter.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.includes("step=3"));
    await presenter.waitForFunction(
      (h) => document.querySelector(".pv-current h2")?.textContent === h,
      story.steps[2].headline.en,
    );
    await page.keyboard.press("ArrowRight");
    await presenter.waitForFunction(
      (h) => document.querySelector(".pv-current h2")?.textContent === h,
      story.steps[3].headline.en,
    );
    await presenter.waitForTimeout(1100);
    expect(await presenter.locator(".pv-clock").textContent()).toMatch(/^0:0[1-9]$/);
    await screenshot(presenter, "21-presenter-view");
    await page.context().close();
  });

  it("own slides: text and notes edited after adding, reordered both ways, exported and imported by name", async () => {
    const { page, errors } = await app.open(`?from=2016-01-01&to=2016-12-31`);
    await page.click(".tools .tool-btn >> nth=0");
    for (const title of ["First", "Second", "Third"]) {
      await page.fill(".slide-title", title);
      await page.click(".add-slide");
    }
    const titles = () =>
      page.locator(".slides .slide-edit-title").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await titles()).toEqual(["First", "Second", "Third"]);
    await page.locator(".slides li >> nth=0").locator(".slide-edit-text").fill("China joined IOM in 2016.");
    await page.locator(".slides li >> nth=0").locator(".slide-edit-text").blur();
    await page.locator(".slides li >> nth=0").locator(".slide-edit-notes").fill("Longer notes for the speaker.");
    await page.locator(".slides li >> nth=0").locator(".slide-edit-notes").blur();
    await page.locator(".slides li >> nth=0").locator(".slide-edit-title").fill("Renamed");
    await page.locator(".slides li >> nth=0").locator(".slide-edit-title").blur();
    await page.locator(".slides li >> nth=0 >> .move-down").click();
    expect(await titles()).toEqual(["Second", "Renamed", "Third"]);
    // Keyboard: Alt+↓ on the handle, twice (the focus follows the slide), then Alt+↑.
    await page.locator(".slides li >> nth=1 >> .slide-handle").focus();
    await page.keyboard.press("Alt+ArrowDown");
    expect(await titles()).toEqual(["Second", "Third", "Renamed"]);
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await titles()).toEqual(["Renamed", "Second", "Third"]);
    // Drag: the third onto the first.
    await page.locator(".slides li >> nth=2").dragTo(page.locator(".slides li >> nth=0"));
    expect(await titles()).toEqual(["Third", "Renamed", "Second"]);
    await page.fill(".deck-title", "EU China briefing");
    await page.locator(".deck-title").blur();
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(".export-deck")]);
    expect(d.suggestedFilename()).toBe("EU-China-briefing.json");
    const file = path.join(ROOT, "test-results", d.suggestedFilename());
    await d.saveAs(file);
    const saved = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(saved.slides[1]).toMatchObject({
      title: "Renamed",
      text: "China joined IOM in 2016.",
      notes: "Longer notes for the speaker.",
    });
    // Presenting shows the edited text; its notes are the speaker notes.
    await page.click(".deck .present-btn");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.includes("step=2"));
    expect(await page.locator(".pres-headline").textContent()).toBe("Renamed");
    expect(await page.locator(".pres-text").textContent()).toBe("China joined IOM in 2016.");
    await page.keyboard.press("Escape");
    // Importing over a deck with slides asks first: cancelled, nothing changes; replaced, replaced.
    const other = { ...saved, title: "Imported deck", slides: saved.slides.slice(0, 1) };
    const otherFile = path.join(ROOT, "test-results", "imported-deck.json");
    fs.writeFileSync(otherFile, JSON.stringify(other));
    await page.click(".tools .tool-btn >> nth=0");
    await page.setInputFiles("#deck-file", otherFile);
    await page.click(".import-cancel");
    expect(await titles()).toEqual(["Third", "Renamed", "Second"]);
    await page.setInputFiles("#deck-file", otherFile);
    await page.click(".import-replace");
    await page.waitForFunction(() => document.querySelectorAll(".slides li").length === 1);
    expect(await page.locator(".deck-title").inputValue()).toBe("Imported deck");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
