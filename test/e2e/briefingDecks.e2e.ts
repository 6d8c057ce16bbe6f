/**
 * End-to-end: own decks and the exported images' title — several named decks, several selections
 * per slide, and the title the user sets on the network and timeline images. English and Chinese.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { ROOT } from "./browser.ts";

const app = useAppSession(4321);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-decks-"));
const OUT = path.join(ROOT, "test-results", "briefing-decks");
fs.mkdirSync(OUT, { recursive: true });
const exportLabel = (lang: string) => (lang === "zh" ? "导出" : "Export");
const events = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "data", "events.json"), "utf8")) as {
    events: Array<{ id: string; title: { en: string; zh: string } }>;
  }
).events;
const titleOf = (id: string, lang: "en" | "zh") => events.find((e) => e.id === id)!.title[lang];
const NANJING = "nanjing-anti-trafficking-workshop-2016";

async function openExportMenu(page: Page, lang: string) {
  await page.click(`.tools button.tool-btn:has-text('${exportLabel(lang)}')`);
}

async function download(page: Page, id: string): Promise<string> {
  const [d] = (await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.click(`[data-export=${id}]`),
  ])) as [Download, unknown];
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

describe("the exported images' title", () => {
  for (const lang of ["en", "zh"] as const)
    it(`is prefilled from the selection, can be changed, and is drawn on the network PNG and the timeline SVG (${lang})`, async () => {
      const { page, errors } = await app.open(`?lang=${lang}&themes=trafficking&sel=event:${NANJING}`);
      await openExportMenu(page, lang);
      const input = page.locator(".image-title-input");
      expect(await input.inputValue()).toBe(titleOf(NANJING, lang));
      expect(await page.locator(".image-title-field").textContent()).toContain(
        lang === "zh" ? "图片标题" : "Title on the images",
      );
      const custom =
        lang === "zh" ? "中欧反拐合作：二〇一六年南京研讨会草稿" : "Draft: EU–China work against trafficking in 2016";
      await input.fill(custom);
      const png = fs.readFileSync(await download(page, "network-png"));
      fs.writeFileSync(path.join(OUT, `network-title-${lang}.png`), png);
      // The title's ink in the head band ends where the custom title, drawn in the image's font, ends.
      const { inkRight, expected } = await page.evaluate(
        async ([b64, title]) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement("canvas");
          [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
          const ctx = c.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          const s = Math.max(1, c.width / 1600);
          const { data } = ctx.getImageData(0, 0, c.width, Math.round(64 * s));
          let right = -1;
          for (let i = 0; i < data.length; i += 4)
            if (data[i] < 120 && data[i + 1] < 120) right = Math.max(right, (i / 4) % c.width);
          ctx.font = `700 ${Math.round(30 * s)}px "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
          return { inkRight: right, expected: 32 + ctx.measureText(title).width };
        },
        [png.toString("base64"), custom] as const,
      );
      expect(Math.abs(inkRight - expected)).toBeLessThan(14);
      // The timeline image takes the same title; reopening the menu suggests afresh.
      await openExportMenu(page, lang);
      expect(await input.inputValue()).toBe(titleOf(NANJING, lang));
      await input.fill(custom);
      const svg = fs.readFileSync(await download(page, "timeline-svg"), "utf8");
      expect(svg).toContain(`>${custom}<`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
