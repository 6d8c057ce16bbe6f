/**
 * End-to-end: what a briefer takes away. The handout printed to A4 by Chromium (page.pdf): pages
 * counted for the trafficking events of 2016 and of all years, page numbers and the title read back
 * with pdftotext, print sizes of the images' labels, pages rendered with pdftoppm for a look; the
 * slides as .pptx (unzipped, slides and notes counted, converted by LibreOffice and rendered) and as a PDF of one page per
 * slide; the slide-ready images' size. English and Chinese.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import {
  exportedImageLabels,
  focalImageLabelProblems,
  inkedShare,
  openExportMenu,
  saveDownload,
  saveExport,
  slideTimelineTitleProblems,
} from "./appChecks.ts";
import { ROOT } from "./browser.ts";

const app = useAppSession(4317);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-out-"));
const OUT = path.join(ROOT, "test-results", "briefing-output");
fs.mkdirSync(OUT, { recursive: true });

async function printHandout(page: Page, lang: string, title: string): Promise<Buffer> {
  await openExportMenu(page, lang);
  await page.click("[data-export=handout]");
  await page.fill(".handout-title-input", title);
  await page.click(".handout-print");
  await page.waitForSelector("body.handout-ready", { state: "attached" });
  await page.emulateMedia({ media: "print" });
  return page.pdf({ format: "A4", preferCSSPageSize: true });
}

const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });

/** How many events carry the trafficking theme (in 2016, and in all), read from the data so a retagging cannot break the test. */
const trafficking = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "data", "events.json"), "utf8")) as {
    events: { themes: string[]; date: { start: string } }[];
  }
).events.filter((e) => e.themes.includes("trafficking"));
const eventTitles = (lang: "en" | "zh") =>
  Object.fromEntries(
    (
      JSON.parse(fs.readFileSync(path.join(ROOT, "data", "events.json"), "utf8")) as {
        events: { id: string; title: Record<string, string> }[];
      }
    ).events.map((e) => [e.id, e.title[lang]]),
  );
const trafficking2016 = trafficking.filter((e) => e.date.start.startsWith("2016")).length;

describe("the handout", () => {
  for (const [lang, n, query, pages] of [
    ["en", trafficking2016, "themes=trafficking&from=2016-01-01&to=2016-12-31", 1],
    ["zh", trafficking2016, "themes=trafficking&from=2016-01-01&to=2016-12-31", 1],
    ["en", trafficking.length, "themes=trafficking", 2],
    ["zh", trafficking.length, "themes=trafficking", 2],
  ] as const)
    it(`${n} events print on ${pages} A4 page(s), numbered, with the title set, a chronology and sources (${lang})`, async () => {
      const { page, errors } = await app.open(`?lang=${lang}&${query}`, { init: "window.print = () => {};" });
      const title = lang === "zh" ? "中欧反拐合作简报" : "Briefing: EU–China work against trafficking";
      const pdf = await printHandout(page, lang, title);
      const file = path.join(OUT, `handout-${lang}-${n}.pdf`);
      fs.writeFileSync(file, pdf);
      expect(await page.locator("#handout tbody tr").count()).toBe(n);
      expect(pdfPages(file)).toBe(pages);
      const text = pdfText(file);
      expect(text).toContain(title);
      for (let p = 1; p <= pages; p++) expect(text).toMatch(new RegExp(`(^|\\s)${p}\\s*/\\s*${pages}(\\s|$)`, "m"));
      // Each row: date, title, one-line summary, actors, citations numbered into the source list.
      const row = page.locator("#handout tbody tr").first();
      expect((await row.locator(".handout-summary").textContent())!.length).toBeGreaterThan(20);
      expect(await row.locator(".cite-no").first().textContent()).toMatch(/^\[\d+\] $/);
      const sources = await page.locator("#handout .handout-sources li").count();
      expect(sources).toBeGreaterThan(0);
      const maxNo = Math.max(
        ...(await page.locator("#handout .cite-no").allTextContents()).map((x) => Number(/\d+/.exec(x)![0])),
      );
      expect(maxNo).toBe(sources);
      if (lang === "zh") {
        const facts = (await page.locator("#handout .handout-facts").textContent())!;
        expect(facts).toContain("人口贩运");
        expect(facts).not.toMatch(/[A-Za-z]; /);
        expect(await page.locator("#handout .handout-sources li").first().textContent()).toMatch(/（.+）$/);
      }
      // Labels in print: the network image's 26 px labels and the timeline's 18 px, at the width printed.
      const printed = await page.evaluate(() => {
        const mmPerPx = 25.4 / 96;
        const at = (sel: string) => {
          const img = document.querySelector<HTMLImageElement>(sel)!;
          return { shown: img.getBoundingClientRect().width * mmPerPx, natural: img.naturalWidth };
        };
        return { network: at("#handout .handout-network"), timeline: at("#handout .handout-timeline") };
      });
      const pt = (px: number, m: { shown: number; natural: number }) => ((px / m.natural) * m.shown * 72) / 25.4;
      expect(pt(26, printed.network)).toBeGreaterThanOrEqual(8);
      expect(pt(18, printed.timeline)).toBeGreaterThanOrEqual(8);
      expect(
        await page
          .locator("#handout tbody tr")
          .first()
          .evaluate((tr) => getComputedStyle(tr).breakInside),
      ).toBe("avoid");
      execFileSync("pdftoppm", ["-r", "60", "-png", file, path.join(OUT, `handout-${lang}-${n}`)]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});

async function download(page: Page, lang: string, id: string): Promise<string> {
  await openExportMenu(page, lang);
  return saveExport(page, tmp, id);
}

describe("slides", () => {
  for (const lang of ["en", "zh"] as const)
    it(`a story exports as .pptx: one slide per step with notes, readable by LibreOffice (${lang})`, async () => {
      const stories = JSON.parse(fs.readFileSync(path.join(ROOT, "data/stories.json"), "utf8")).stories as Array<{
        id: string;
        title: Record<string, string>;
        steps: Array<{ headline: Record<string, string> }>;
      }>;
      const story = stories.find((s) => s.id === "eu-china-anti-trafficking")!;
      const { page, errors } = await app.open(`?lang=${lang}&themes=trafficking`);
      const before = page.url();
      await page.click(".tools .tool-btn >> nth=0");
      const file = await saveDownload(page, tmp, () =>
        page.click(`.story-list li[data-story=${story.id}] .export-pptx`),
      );
      expect(path.basename(file)).toBe(`${story.title[lang].replace(/\s+/g, "-")}.pptx`);
      const list = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n");
      expect(list.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(story.steps.length);
      expect(list.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))).toHaveLength(story.steps.length);
      expect(list.filter((f) => /^ppt\/media\//.test(f)).length).toBeGreaterThanOrEqual(story.steps.length * 2);
      const slide3 = execFileSync("unzip", ["-p", file, "ppt/slides/slide3.xml"], { encoding: "utf8" });
      expect(slide3).toContain(story.steps[2].headline[lang].replace(/'/g, "&apos;").slice(0, 10));
      const notes = execFileSync("unzip", ["-p", file, "ppt/notesSlides/notesSlide3.xml"], { encoding: "utf8" });
      expect(notes).toMatch(/\[1\]/);
      // Each slide's network picture: its focal label whole, inside, and nothing over it.
      const images = await exportedImageLabels(page);
      expect(images).toHaveLength(story.steps.length);
      expect(images.map((im) => im.focal.length).every((n) => n >= 1)).toBe(true);
      expect(images.flatMap(focalImageLabelProblems)).toEqual([]);
      // Each slide's timeline picture: every focal title whole (no ellipsis) and inside the image.
      expect(await slideTimelineTitleProblems(page, eventTitles(lang))).toEqual([]);
      // The view the user had is back.
      await page.waitForTimeout(400);
      expect(page.url()).toBe(before);
      // LibreOffice reads it: headless conversion to PDF, one page per slide, rendered for a look.
      const dir = path.join(OUT, `pptx-${lang}`);
      fs.mkdirSync(dir, { recursive: true });
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
        timeout: 180_000,
        env: { ...process.env, HOME: tmp },
      });
      const pdf = path.join(dir, path.basename(file).replace(/\.pptx$/, ".pdf"));
      expect(pdfPages(pdf)).toBe(story.steps.length);
      expect(pdfText(pdf)).toContain(story.steps[0].headline[lang].slice(0, 8));
      // The slides' text in the theme's Arial, drawn in its metric twin Liberation Sans, and Chinese
      // in the CJK face: no other fallback (DejaVu Sans stood in for the "Noto Sans" named before).
      const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""))
        .filter(Boolean);
      expect(fonts.some((f) => f.startsWith("LiberationSans"))).toBe(true);
      expect(fonts.filter((f) => !/^(LiberationSans|NotoSansCJK)/.test(f))).toEqual([]);
      // Every slide rendered, to be looked at.
      execFileSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, "slide")]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);

  it("slides print as a PDF with one 16:9 page per slide", async () => {
    const { page } = await app.open(`?lang=zh`, { init: "window.print = () => {};" });
    await page.click(".tools .tool-btn >> nth=0");
    await page.click(".story-list li[data-story=iom-joins-un] .export-slides-pdf");
    await page.waitForSelector("body.slides-ready", { state: "attached", timeout: 120_000 });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const file = path.join(OUT, "slides.pdf");
    fs.writeFileSync(file, pdf);
    expect(pdfPages(file)).toBe(7);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(297 / 167, 1);
    execFileSync("pdftoppm", ["-r", "50", "-png", "-f", "1", "-l", "2", file, path.join(OUT, "slides-pdf")]);
    await page.context().close();
  }, 300_000);

  it("the timeline and network images are 16:9 at 1920×1080", async () => {
    const { page } = await app.open(`?themes=trafficking&sel=event:nanjing-anti-trafficking-workshop-2016`);
    for (const id of ["timeline-png", "network-png"]) {
      const b = fs.readFileSync(await download(page, "en", id));
      expect([b.readUInt32BE(16), b.readUInt32BE(20)]).toEqual([1920, 1080]);
      fs.copyFileSync(
        path.join(
          tmp,
          fs.readdirSync(tmp).find((f) => f.endsWith(`${id.split("-")[0]}.png`))!,
        ),
        path.join(OUT, `${id}.png`),
      );
    }
    // With a selection too, the network image frames the nodes drawn: they fill the graph area
    // across its width or its height (the camera centred on the selection left them in a corner).
    const png = fs.readFileSync(path.join(OUT, "network-png.png")).toString("base64");
    // Below the title block and above the legend (networkImage.ts).
    const inked = await inkedShare(page, `data:image/png;base64,${png}`, { top: 140, bottom: 180 });
    const fill = Math.max(inked.width, inked.height);
    expect(fill).toBeGreaterThan(0.8);
    const svg = fs.readFileSync(await download(page, "en", "timeline-svg"), "utf8");
    expect(svg).toContain('class="selected"');
    expect(svg).toContain('class="legend"');
    await page.context().close();
  });
});
