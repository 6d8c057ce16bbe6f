/**
 * End-to-end: a deck slide that picks out several events and an actor. Built in the editor (add
 * the current selection, remove one by keyboard), then presented at 1920×1080: both events are
 * ringed, highlighted and titled whole inside the timeline panel, the actor's events are lit, and
 * all three nodes' labels are inside the network canvas with no other label over them. The link,
 * opened in a fresh browser (no deck stored), shows the same. Taken out: the .pptx (unzipped,
 * converted by LibreOffice, rendered) and the slides' PDF draw all three as focal in the network
 * picture, and the presenter view names them. English and Chinese.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { exportedImageLabels, focalImageLabelProblems, saveDownload } from "./appChecks.ts";
import { ROOT, screenshot } from "./browser.ts";

const app = useAppSession(4323);
const NANJING = "nanjing-anti-trafficking-workshop-2016";
const EP = "european-parliament-europol-china-agreement-2016";
const EUROPOL = "europol";
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "data", `${name}.json`), "utf8"));
const events = read("events").events as Array<{ id: string; title: { en: string; zh: string } }>;
const actors = read("actors").actors as Array<{ id: string; name: { en: string; zh: string } }>;
const LABELS = {
  en: { add: "Add current selection", event: "Event", actor: "Actor", picked: "Picked out on the slide" },
  zh: { add: "添加当前选中项", event: "事件", actor: "行为体", picked: "本张突出显示" },
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

describe("a slide with two events and an actor, taken out", () => {
  const OUT = path.join(ROOT, "test-results", "briefing-picks");
  fs.mkdirSync(OUT, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-picks-"));
  const pdfPages = (file: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  for (const lang of ["en", "zh"] as const)
    it(`draws every pick as focal in the .pptx, the slides' PDF and the presenter view (${lang})`, async () => {
      const title = lang === "zh" ? "中欧反拐合作" : "EU–China work against trafficking";
      const headline = lang === "zh" ? "二〇一六年秋：南京与欧洲刑警组织" : "Autumn 2016: Nanjing and Europol";
      const deck = {
        format: "liaison-deck",
        version: 1,
        title,
        slides: [
          {
            title: headline,
            text: lang === "zh" ? "两项活动与一个行为体。" : "Two events and one actor.",
            notes: lang === "zh" ? "演讲备注。" : "Speaker notes.",
            view: {
              from: "2016-10-01",
              to: "2016-11-30",
              sel: { type: "event", id: NANJING },
              also: [
                { type: "event", id: EP },
                { type: "actor", id: EUROPOL },
              ],
            },
          },
        ],
      };
      const { page, errors } = await app.open(`?lang=${lang}`, {
        width: 1920,
        height: 1080,
        reducedMotion: true,
        init: `window.print = () => {}; if (!localStorage.getItem("liaison.decks.v2")) localStorage.setItem("liaison.deck.v1", ${JSON.stringify(JSON.stringify(deck))});`,
      });
      const focalNodes = [`a:${EUROPOL}`, `e:${EP}`, `e:${NANJING}`].sort();
      const lastImage = async () => (await exportedImageLabels(page)).at(-1)!;

      // PowerPoint: one slide, its notes, its network picture with all three labels whole and uncovered.
      await page.click(".tools .tool-btn >> nth=0");
      const file = await saveDownload(page, tmp, () => page.click(".deck .export-pptx"));
      const list = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n");
      expect(list.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(1);
      expect(execFileSync("unzip", ["-p", file, "ppt/slides/slide1.xml"], { encoding: "utf8" })).toContain(headline);
      expect(execFileSync("unzip", ["-p", file, "ppt/notesSlides/notesSlide1.xml"], { encoding: "utf8" })).toMatch(
        /\[2\]/,
      );
      let image = await lastImage();
      expect(image.focal.map((f) => f.node).sort()).toEqual(focalNodes);
      expect(focalImageLabelProblems(image)).toEqual([]);
      const dir = path.join(OUT, `pptx-${lang}`);
      fs.mkdirSync(dir, { recursive: true });
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
        timeout: 180_000,
        env: { ...process.env, HOME: tmp },
      });
      const converted = path.join(dir, path.basename(file).replace(/\.pptx$/, ".pdf"));
      expect(pdfPages(converted)).toBe(1);
      execFileSync("pdftoppm", ["-r", "80", "-png", converted, path.join(dir, "slide")]);

      // The slides' PDF: one page, the same picture.
      await page.click(".tools .tool-btn >> nth=0");
      await page.click(".deck .export-slides-pdf");
      await page.waitForSelector("body.slides-ready", { state: "attached", timeout: 120_000 });
      image = await lastImage();
      expect(image.focal.map((f) => f.node).sort()).toEqual(focalNodes);
      expect(focalImageLabelProblems(image)).toEqual([]);
      await page.emulateMedia({ media: "print" });
      const pdf = path.join(OUT, `slides-${lang}.pdf`);
      fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      expect(pdfPages(pdf)).toBe(1);
      execFileSync("pdftoppm", ["-r", "80", "-png", pdf, path.join(OUT, `slides-pdf-${lang}`)]);
      await page.emulateMedia({ media: "screen" });

      // The presenter view: the deck's name, and every pick named.
      await page.evaluate(() => document.body.classList.remove("printing-slides"));
      await page.click(".tools .tool-btn >> nth=0");
      await page.click(".deck .present-btn");
      await page.waitForFunction(() => location.search.includes("also="));
      const presenter = await page.context().newPage();
      await presenter.setViewportSize({ width: 1100, height: 760 });
      await presenter.goto(page.url().split("?")[0] + "#presenter");
      await presenter.waitForSelector(".pv-picks li");
      expect(await presenter.locator(".pv-head strong").textContent()).toBe(title);
      expect(await presenter.title()).toContain(title);
      const named = await presenter.locator(".pv-picks li").allTextContents();
      expect(named).toEqual([
        `${LABELS[lang].event} ${events.find((e) => e.id === NANJING)!.title[lang]}`,
        `${LABELS[lang].event} ${events.find((e) => e.id === EP)!.title[lang]}`,
        `${LABELS[lang].actor} ${actors.find((a) => a.id === EUROPOL)!.name[lang]}`,
      ]);
      await screenshot(presenter, `picks-presenter-${lang}`);
      // The presenter view's heading over the picks reads at a laptop's distance.
      const pvHeading = presenter.locator(".pv-picks h3");
      expect(await pvHeading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
      // The projected screen (1920×1080) names no picks in words; were it to, at projector size.
      const projectedLabels = await page.evaluate(
        (labels) =>
          [...document.querySelectorAll<HTMLElement>("body *")]
            .filter((el) => labels.includes(el.textContent!.trim()) && el.getClientRects().length > 0)
            .map((el) => parseFloat(getComputedStyle(el).fontSize)),
        [LABELS[lang].picked, await pvHeading.textContent()],
      );
      expect(projectedLabels.filter((px) => px < 20)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);
});

describe("the deck editor's picks list", () => {
  for (const lang of ["en", "zh"] as const)
    for (const width of [1600, 390])
      it(`is readable and usable at ${width} px (${lang})`, async () => {
        const deck = {
          format: "liaison-deck",
          version: 1,
          title: "Picks",
          slides: [
            {
              title: "Three picks",
              view: {
                sel: { type: "event", id: NANJING },
                also: [
                  { type: "event", id: EP },
                  { type: "actor", id: EUROPOL },
                ],
              },
            },
          ],
        };
        const { page, errors } = await app.open(`?lang=${lang}`, {
          width,
          height: width < 500 ? 844 : 900,
          touch: width < 500,
          init: `if (!localStorage.getItem("liaison.decks.v2")) localStorage.setItem("liaison.deck.v1", ${JSON.stringify(JSON.stringify(deck))});`,
        });
        await page.click(".tools .tool-btn >> nth=0");
        const picks = page.locator(".slides li[data-slide='0'] .slide-picks");
        await picks.scrollIntoViewIfNeeded();
        const m = await picks.evaluate((box) => {
          const dialog = box.closest("dialog")!.getBoundingClientRect();
          const fields = box.closest(".slide-fields")!.getBoundingClientRect();
          const problems: string[] = [];
          for (const el of box.querySelectorAll<HTMLElement>("*")) {
            const r = el.getBoundingClientRect();
            if (r.width && (r.left < dialog.left - 0.5 || r.right > dialog.right + 0.5))
              problems.push(`${el.className} outside the dialog`);
            if (el.childElementCount === 0 && el.textContent && parseFloat(getComputedStyle(el).fontSize) < 12)
              problems.push(`${el.className} under 12 px`);
          }
          for (const kind of box.querySelectorAll<HTMLElement>(".pick-kind"))
            if (kind.getBoundingClientRect().height > parseFloat(getComputedStyle(kind).lineHeight) * 1.5)
              problems.push(`"${kind.textContent}" broken over lines`);
          for (const b of box.querySelectorAll<HTMLElement>("button")) {
            const r = b.getBoundingClientRect();
            if (r.height < 24 || r.width < 24) problems.push(`${b.className} ${r.width}×${r.height}`);
          }
          const label = box.querySelector<HTMLElement>(".picks-label")!;
          return {
            problems,
            share: fields.width / dialog.width,
            label: {
              text: label.textContent,
              px: parseFloat(getComputedStyle(label).fontSize),
              shown: label.getClientRects().length > 0,
            },
          };
        });
        expect(m.problems).toEqual([]);
        // Its heading, "Picked out on the slide", is read in the dialog at a desk: at least 12 px.
        expect(m.label.text).toBe(LABELS[lang].picked);
        expect(m.label.shown).toBe(true);
        expect(m.label.px).toBeGreaterThanOrEqual(12);
        // On a phone the slide's fields take the dialog's width, not a column between buttons.
        expect(m.share).toBeGreaterThan(width < 500 ? 0.8 : 0.6);
        await screenshot(page, `picks-editor-${lang}-${width}`);
        expect(errors).toEqual([]);
        await page.context().close();
      });
});
