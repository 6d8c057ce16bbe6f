/**
 * End-to-end: a deck slide that picks out several events and an actor. Built in the editor (add
 * the current selection, remove one by keyboard), then presented at 1920×1080: both events are
 * ringed, highlighted and titled whole inside the timeline panel, the actor's events are lit, and
 * all three nodes' labels are inside the network canvas with no other label over them. The link,
 * opened in a fresh browser (no deck stored), shows the same. English and Chinese.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { ROOT, screenshot } from "./browser.ts";

const app = useAppSession(4323);
const NANJING = "nanjing-anti-trafficking-workshop-2016";
const EP = "european-parliament-europol-china-agreement-2016";
const EUROPOL = "europol";
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "data", `${name}.json`), "utf8"));
const events = read("events").events as Array<{ id: string; title: { en: string; zh: string } }>;
const actors = read("actors").actors as Array<{ id: string; name: { en: string; zh: string } }>;
const LABELS = {
  en: { add: "Add current selection", event: "Event", actor: "Actor" },
  zh: { add: "添加当前选中项", event: "事件", actor: "行为体" },
};

type Box = { x: number; y: number; width: number; height: number };
interface Picture {
  /** Problems with each focal event's title on the timeline */
  timeline: string[];
  /** Items lit as the actor's events */
  actorLit: number;
  /** Problems with each focal node's label in the network */
  network: string[];
  labelled: string[];
}

const select = (page: Page, sel: { type: string; id: string }) =>
  page.evaluate(
    (sel) => (window as unknown as { liaisonApp: { select: (s: unknown) => void } }).liaisonApp.select(sel),
    sel,
  );

const settled = (page: Page) =>
  page.waitForFunction(
    () => !(window as unknown as { liaisonNetwork: { drawPending(): boolean } }).liaisonNetwork.drawPending(),
  );

/** What the presented slide shows of its picks, measured from the DOM and the network's label boxes. */
const picture = (page: Page, focal: { events: string[]; actor: string }): Promise<Picture> =>
  page.evaluate((focal) => {
    const panel = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
    const timeline: string[] = [];
    for (const id of focal.events) {
      const el = document.querySelector<HTMLElement>(`.timeline-host [data-event="${id}"] .ev-title`);
      if (!el) {
        timeline.push(`${id}: no title`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (
        r.left < panel.left - 0.5 ||
        r.right > panel.right + 0.5 ||
        r.top < panel.top - 0.5 ||
        r.bottom > panel.bottom + 0.5
      )
        timeline.push(`${id}: outside the panel`);
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) timeline.push(`${id}: clamped`);
      const item = el.closest(".vis-item")!;
      if (!item.classList.contains("sel") || !item.classList.contains("vis-selected"))
        timeline.push(`${id}: not drawn as selected`);
      if (getComputedStyle(el).backgroundColor === "rgba(0, 0, 0, 0)") timeline.push(`${id}: not highlighted`);
    }
    const actorLit = [...document.querySelectorAll(`.timeline-host .ev-label[data-actors~="${focal.actor}"]`)].filter(
      (el) =>
        getComputedStyle(el.closest(".vis-item")!.querySelector(".ev-title")!).backgroundColor !== "rgba(0, 0, 0, 0)",
    ).length;
    const net = (
      window as unknown as {
        liaisonNetwork: {
          focalLabels(): { boxes: Array<{ node: string; box: Box }>; width: number; height: number };
          labelBoxes(): { boxes: Box[] };
        };
      }
    ).liaisonNetwork;
    const { boxes, width, height } = net.focalLabels();
    const network: string[] = [];
    const others = net.labelBoxes().boxes;
    for (const { node, box: b } of boxes) {
      if (b.x < -0.5 || b.x + b.width > width + 0.5 || b.y < -0.5 || b.y + b.height > height + 0.5)
        network.push(`${node}: outside the canvas`);
      for (const o of others) {
        const same = o.x === b.x && o.y === b.y && o.width === b.width;
        if (!same && o.x < b.x + b.width && o.x + o.width > b.x && o.y < b.y + b.height && o.y + o.height > b.y)
          network.push(`${node}: overlapped by a label at ${Math.round(o.x)},${Math.round(o.y)}`);
      }
    }
    return { timeline, actorLit, network, labelled: boxes.map((b) => b.node).sort() };
  }, focal);

describe("a slide that picks out several events and an actor", () => {
  for (const lang of ["en", "zh"] as const)
    it(`is built in the editor, presented with all three focal, and its link shows the same (${lang})`, async () => {
      const L = LABELS[lang];
      const { page, errors } = await app.open(`?lang=${lang}&from=2016-10-01&to=2016-11-30`, {
        width: 1920,
        height: 1080,
        reducedMotion: true,
      });
      await select(page, { type: "event", id: NANJING });
      await page.click(".tools .tool-btn >> nth=0");
      await page.fill(".slide-title", lang === "zh" ? "中欧反拐合作" : "EU–China work against trafficking");
      await page.click(".add-slide");
      const slide = page.locator(".slides li[data-slide='0']");
      const picks = () => slide.locator(".pick").evaluateAll((els) => els.map((e) => e.getAttribute("data-pick")));
      expect(await picks()).toEqual([`event:${NANJING}`]);
      // The dialog stays open: select the others through the app, then add each to the slide.
      for (const sel of [
        { type: "event", id: EP },
        { type: "actor", id: EUROPOL },
        { type: "actor", id: "iom" },
      ]) {
        await select(page, sel);
        await slide.locator(".add-pick").click();
      }
      expect(await picks()).toEqual([`event:${NANJING}`, `event:${EP}`, `actor:${EUROPOL}`, "actor:iom"]);
      // Adding the same again changes nothing.
      await slide.locator(".add-pick").click();
      expect(await picks()).toHaveLength(4);
      const names = await slide.locator(".pick").evaluateAll((els) => els.map((e) => e.textContent));
      expect(names[0]).toBe(L.event + events.find((e) => e.id === NANJING)!.title[lang] + "×");
      expect(names[2]).toBe(L.actor + actors.find((a) => a.id === EUROPOL)!.name[lang] + "×");
      expect(await slide.locator(".add-pick").textContent()).toBe(`+ ${L.add}`);
      // By keyboard: the last pick's remove button, then Enter; the keyboard stays in the list.
      await slide.locator(".remove-pick >> nth=3").focus();
      await page.keyboard.press("Enter");
      expect(await picks()).toEqual([`event:${NANJING}`, `event:${EP}`, `actor:${EUROPOL}`]);
      expect(await page.evaluate(() => document.activeElement?.classList.contains("remove-pick"))).toBe(true);
      // Stored: the editor opened again shows the same picks.
      await page.keyboard.press("Escape");
      await page.click(".tools .tool-btn >> nth=0");
      expect(await picks()).toEqual([`event:${NANJING}`, `event:${EP}`, `actor:${EUROPOL}`]);

      await page.click(".deck .present-btn");
      await page.waitForFunction(() => location.search.includes("deck=") && location.search.includes("also="));
      await page.waitForTimeout(600);
      await settled(page);
      const focal = { events: [NANJING, EP], actor: EUROPOL };
      const expectAllFocal = async (p: Page, name: string) => {
        const m = await picture(p, focal);
        expect(m.timeline).toEqual([]);
        expect(m.actorLit).toBeGreaterThan(0);
        expect(m.network).toEqual([]);
        expect(m.labelled).toEqual([`a:${EUROPOL}`, `e:${EP}`, `e:${NANJING}`].sort());
        await screenshot(p, name);
      };
      await expectAllFocal(page, `picks-presenting-${lang}`);
      expect(errors).toEqual([]);
      const url = page.url();
      expect(decodeURIComponent(url)).toContain(`sel=event:${NANJING}&also=event:${EP},actor:${EUROPOL}`);
      await page.context().close();

      // A fresh browser: no deck stored, the link carries it.
      const other = await app.openUrl(url);
      await other.page.setViewportSize({ width: 1920, height: 1080 });
      await other.page.waitForTimeout(900);
      await settled(other.page);
      await expectAllFocal(other.page, `picks-link-${lang}`);
      expect(other.errors).toEqual([]);
      await other.page.context().close();
    });
});
