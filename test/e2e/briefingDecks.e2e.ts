/**
 * End-to-end: own decks and the exported images' title — several named decks, several selections
 * per slide, and the title the user sets on the network and timeline images. English and Chinese.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { openExportMenu, saveExport } from "./appChecks.ts";
import { ROOT, screenshot } from "./browser.ts";

const app = useAppSession(4321);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-decks-"));
const OUT = path.join(ROOT, "test-results", "briefing-decks");
fs.mkdirSync(OUT, { recursive: true });
const events = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "data", "events.json"), "utf8")) as {
    events: Array<{ id: string; title: { en: string; zh: string } }>;
  }
).events;
const titleOf = (id: string, lang: "en" | "zh") => events.find((e) => e.id === id)!.title[lang];
const NANJING = "nanjing-anti-trafficking-workshop-2016";

const download = (page: Page, id: string) => saveExport(page, tmp, id);

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

describe("several named decks", () => {
  const oldDeck = {
    format: "liaison-deck",
    version: 1,
    title: "Old briefing",
    slides: [{ title: "One", view: { from: "2016-01-01", to: "2016-12-31", sel: { type: "event", id: NANJING } } }],
  };
  for (const lang of ["en", "zh"] as const)
    it(`are created, renamed, duplicated, switched, deleted, kept, imported and linked by name (${lang})`, async () => {
      const L =
        lang === "zh"
          ? {
              fresh: "简报",
              second: "第二份简报",
              copy: "第二份简报（副本）",
              imported: "导入的简报",
              again: "导入的简报（2）",
              deleteTitle: "删除此简报？",
            }
          : {
              fresh: "Briefing",
              second: "Second deck",
              copy: "Second deck (copy)",
              imported: "Imported deck",
              again: "Imported deck (2)",
              deleteTitle: "Delete this deck?",
            };
      // A deck stored before there were several (liaison.deck.v1) is migrated on the first load.
      const { page, errors } = await app.open(`?lang=${lang}&from=2016-01-01&to=2016-12-31`, {
        init: `if (!localStorage.getItem("liaison.decks.v2")) localStorage.setItem("liaison.deck.v1", ${JSON.stringify(JSON.stringify(oldDeck))});`,
      });
      const options = () => page.locator(".deck-picker option").allTextContents();
      const slideTitles = () =>
        page.locator(".slides .slide-edit-title").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const openStories = () => page.click(".tools .tool-btn >> nth=0");
      await openStories();
      expect(await options()).toEqual([lang === "zh" ? "Old briefing · 1 张" : "Old briefing · 1 slides"]);
      expect(await slideTitles()).toEqual(["One"]);

      // New: an empty deck, its title field focused and selected for a name typed at once.
      await page.click(".new-deck");
      expect(await page.locator(".deck-title").inputValue()).toBe(L.fresh);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("deck-title");
      await page.keyboard.type(L.second);
      await page.keyboard.press("Tab");
      expect(await page.locator(".deck-picker option:checked").textContent()).toContain(L.second);
      // Renaming leaves the keyboard where Tab took it: the next field.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("slide-title");
      expect(await page.locator(".slides").count()).toBe(0);
      await page.fill(".slide-title", "S1");
      await page.click(".add-slide");
      expect(await slideTitles()).toEqual(["S1"]);

      // Duplicate: a copy after it, opened; its slides are its own.
      await page.click(".duplicate-deck");
      expect(await page.locator(".deck-title").inputValue()).toBe(L.copy);
      expect(await slideTitles()).toEqual(["S1"]);
      await page.locator(".slides .slide-edit-title").fill("S1 in the copy");
      await page.locator(".slides .slide-edit-title").blur();
      expect((await options()).map((o) => o.split(" · ")[0])).toEqual(["Old briefing", L.second, L.copy]);

      // Switch by keyboard: the picker keeps the focus.
      await page.focus(".deck-picker");
      await page.keyboard.press("ArrowUp");
      expect(await page.locator(".deck-title").inputValue()).toBe(L.second);
      expect(await slideTitles()).toEqual(["S1"]);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("deck-picker");

      // Delete asks first, in the app (an alert dialog named for screen readers, Cancel focused):
      // Esc cancels, the stories stay open and the keyboard is back on Delete; Cancel does nothing
      // either; confirmed by keyboard, the deck goes and its neighbour opens.
      const active = () => page.evaluate(() => document.activeElement?.className);
      await page.click(".delete-deck");
      const confirm = page.getByRole("alertdialog", { name: L.deleteTitle });
      await confirm.waitFor();
      expect(await confirm.locator("p").textContent()).toContain(L.second);
      expect(await active()).toBe("confirm-cancel");
      await screenshot(page, `deck-delete-confirm-${lang}`);
      await page.keyboard.press("Escape");
      await page.waitForSelector("dialog.confirm", { state: "detached" });
      expect(await page.locator("dialog.stories[open]").count()).toBe(1);
      expect(await options()).toHaveLength(3);
      expect(await active()).toBe("delete-deck");
      await page.keyboard.press("Enter");
      await page.click("dialog.confirm .confirm-cancel");
      expect(await options()).toHaveLength(3);
      await page.keyboard.press("Enter");
      await confirm.waitFor();
      await page.keyboard.press("Tab");
      expect(await active()).toBe("confirm-ok danger");
      await page.keyboard.press("Enter");
      await page.waitForSelector("dialog.confirm", { state: "detached" });
      expect((await options()).map((o) => o.split(" · ")[0])).toEqual(["Old briefing", L.copy]);
      expect(await page.locator(".deck-title").inputValue()).toBe(L.copy);
      expect(await slideTitles()).toEqual(["S1 in the copy"]);

      // Kept in this browser: a reload opens the same decks and the same open deck.
      await page.reload();
      await page.waitForSelector("body[data-ready=true]", { state: "attached" });
      expect(await page.evaluate(() => localStorage.getItem("liaison.deck.v1"))).toBeNull();
      await openStories();
      expect((await options()).map((o) => o.split(" · ")[0])).toEqual(["Old briefing", L.copy]);
      expect(await page.locator(".deck-title").inputValue()).toBe(L.copy);

      // Exported under the deck's name; imported over a deck with slides, it asks: added as a new deck.
      const [d] = await Promise.all([page.waitForEvent("download"), page.click(".export-deck")]);
      expect(d.suggestedFilename()).toBe(`${L.copy.replace(/ /g, "-")}.json`);
      const file = path.join(tmp, `import-${lang}.json`);
      const saved = JSON.parse(fs.readFileSync((await d.path())!, "utf8"));
      fs.writeFileSync(file, JSON.stringify({ ...saved, title: L.imported }));
      await page.setInputFiles("#deck-file", file);
      expect(await page.locator(".import-choice").textContent()).toContain(L.imported);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("import-replace");
      await page.click(".import-add");
      await page.setInputFiles("#deck-file", file);
      await page.click(".import-add");
      expect((await options()).map((o) => o.split(" · ")[0])).toEqual(["Old briefing", L.copy, L.imported, L.again]);
      expect(await page.locator(".deck-title").inputValue()).toBe(L.again);

      // A link to the open deck carries it, name and all: another browser presents it and can keep it.
      await page.click(".deck .present-btn");
      await page.waitForFunction(() => location.search.includes("deck="));
      const link = page.url();
      await page.context().close();
      const other = await app.openUrl(link);
      expect(await other.page.locator(".notices").textContent()).toContain(L.again);
      await other.page.keyboard.press("Escape");
      await other.page.waitForFunction(() => !location.search.includes("story="));
      await other.page.click(".tools .tool-btn >> nth=0");
      expect(await other.page.locator(".linked-deck").textContent()).toContain(L.again);
      await other.page.click(".keep-linked-deck");
      expect(await other.page.locator(".deck-picker option:checked").textContent()).toContain(L.again);
      expect(await other.page.locator(".slides .slide-edit-title").inputValue()).toBe("S1 in the copy");
      expect(errors).toEqual([]);
      expect(other.errors).toEqual([]);
      await other.page.context().close();
    });
});
