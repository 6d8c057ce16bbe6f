/**
 * Steps that several browser tests take through the app the same way: an export from the Export
 * menu (opened by its label in either language, the file saved), a search that narrows the count
 * and is cleared, and "Show in document".
 */
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot } from "./browser.ts";

/** Opens the Export menu and chooses one export (`data-export` id). */
export async function openExport(page: Page, id: string): Promise<void> {
  await page.click(".tools button.tool-btn[aria-haspopup=menu]");
  await page.click(`[data-export=${id}]`);
}

/** Opens the Export menu by its label in the page's language. */
export async function openExportMenu(page: Page, lang: string): Promise<void> {
  await page.click(`.tools button.tool-btn:has-text('${lang === "zh" ? "导出" : "Export"}')`);
}

/** Saves the download an action starts into `dir` under its suggested name; returns the file's path. */
export async function saveDownload(page: Page, dir: string, act: () => Promise<unknown>): Promise<string> {
  const [d] = (await Promise.all([page.waitForEvent("download", { timeout: 180_000 }), act()])) as [Download, unknown];
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

/** Saves one export of the open Export menu (`data-export` id) into `dir`; returns the file's path. */
export const saveExport = (page: Page, dir: string, id: string): Promise<string> =>
  saveDownload(page, dir, () => page.click(`[data-export=${id}]`));

/** Downloads one export and returns its size in bytes. */
export async function exportedBytes(page: Page, id: string): Promise<number> {
  const [file] = await Promise.all([page.waitForEvent("download"), openExport(page, id)]);
  let size = 0;
  for await (const chunk of await file.createReadStream()) size += (chunk as Buffer).length;
  return size;
}

/** The text of a download's stream. */
export async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += (chunk as Buffer).toString("utf8");
  return text;
}

/**
 * A free-text search narrows the count to "N of M events"; cleared, the count of events comes back
 * (the part in view may differ, since a narrow result fits the window to itself).
 */
export async function searchNarrowsThenClears(page: Page, query: string): Promise<void> {
  const counted = await page.locator(".count").textContent();
  await page.fill("#q", query);
  await page.waitForFunction((before) => document.querySelector(".count")!.textContent !== before, counted);
  expect(await page.locator(".count").textContent()).toMatch(/^[1-9]\d* of \d+ events/);
  await page.fill("#q", "");
  await page.waitForFunction(
    (before) => document.querySelector(".count")!.textContent!.split("·")[0] === before!.split("·")[0],
    counted,
  );
}

/** "Show in document" on the details' first quote opens the reader at the passage; Escape closes it. */
export async function showInDocument(page: Page, shot: string): Promise<void> {
  await page.locator(".details .show-in-doc").first().click();
  await page.locator("dialog.reader mark#cited-passage").waitFor();
  await screenshot(page, shot);
  await page.keyboard.press("Escape");
  await page.waitForSelector("dialog.reader:not([open])", { state: "attached" });
}

/**
 * The box of an image's ink (pixels not near-white) between a top and a bottom margin (px of the
 * image), as shares of its width and of the height between the margins: how much of the picture
 * the graph fills. `src` is any URL the page can load (the img's own, or a data: URL).
 */
export async function inkedShare(
  page: Page,
  src: string,
  margins: { top: number; bottom: number },
): Promise<{ width: number; height: number }> {
  return page.evaluate(
    async ([url, top, bottom]) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, top, c.width, c.height - top - bottom);
      let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] > 235 && data[i + 1] > 235 && data[i + 2] > 235) continue;
        const p = i / 4;
        const [x, y] = [p % c.width, Math.floor(p / c.width)];
        [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
      }
      return { width: (x1 - x0) / c.width, height: (y1 - y0) / (c.height - top - bottom) };
    },
    [src, margins.top, margins.bottom] as const,
  );
}

type Box = { x: number; y: number; width: number; height: number };
interface ImageLabels {
  width: number;
  height: number;
  focal: Array<{ node: string; box: Box }>;
  drawn: Box[];
  discs: Array<{ node: string; x: number; y: number; r: number }>;
}

/** The label boxes of the network images exported since the page loaded, oldest first (networkSnapshot.ts). */
export const exportedImageLabels = (page: Page): Promise<ImageLabels[]> =>
  page.evaluate(() =>
    (window as unknown as { liaisonNetwork: { imageLabels(): ImageLabels[] } }).liaisonNetwork.imageLabels().slice(),
  );

/**
 * What is wrong with an exported network image's focal labels: one outside the image, overlapped
 * by another label, or covered by another focal node's disc (drawn above the labels).
 */
export function focalImageLabelProblems(image: ImageLabels): string[] {
  const problems: string[] = [];
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
  for (const { node, box } of image.focal) {
    if (
      box.x < -0.5 ||
      box.y < -0.5 ||
      box.x + box.width > image.width + 0.5 ||
      box.y + box.height > image.height + 0.5
    )
      problems.push(`${node}: outside the ${image.width}×${image.height} image`);
    for (const o of image.drawn) {
      const same = o.x === box.x && o.y === box.y && o.width === box.width && o.height === box.height;
      if (!same && overlap(o, box))
        problems.push(`${node}: overlapped by a label at ${Math.round(o.x)},${Math.round(o.y)}`);
    }
    for (const d of image.discs)
      if (d.node !== node && overlap({ x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r }, box))
        problems.push(`${node}: covered by ${d.node}`);
  }
  return problems;
}

/**
 * What is wrong with the focal titles of the last slides' timeline images (slideExport.ts keeps
 * their SVG): one shortened, not the event's whole title, or drawn outside its image.
 */
export const slideTimelineTitleProblems = (page: Page, titles: Record<string, string>): Promise<string[]> =>
  page.evaluate((titles) => {
    const svgs = (window as unknown as { liaisonSlides: { timelines(): string[] } }).liaisonSlides.timelines();
    const problems: string[] = [];
    const squash = (s: string) => s.replace(/\s+/g, "");
    svgs.forEach((text, i) => {
      const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement as unknown as SVGSVGElement;
      document.body.append(svg);
      const [w, h] = [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))];
      for (const g of svg.querySelectorAll<SVGGElement>("g.selected")) {
        const id = g.dataset.event!;
        const shown = [...g.querySelectorAll("tspan.title")].map((t) => t.textContent).join(" ");
        if (shown.includes("…")) problems.push(`slide ${i + 1}, ${id}: shortened`);
        if (squash(shown) !== squash(titles[id] ?? "")) problems.push(`slide ${i + 1}, ${id}: "${shown}"`);
        const b = g.querySelector("text")!.getBBox();
        if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5)
          problems.push(`slide ${i + 1}, ${id}: outside the ${w}×${h} image`);
      }
      if (!svg.querySelector("g.selected")) problems.push(`slide ${i + 1}: no focal event`);
      svg.remove();
    });
    return problems;
  }, titles);
