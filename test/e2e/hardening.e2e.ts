/**
 * End-to-end hardening: a strict CSP with no violations over a full session, a hostile dataset
 * whose text fields carry script payloads (shown literally, nothing runs), a failed import that
 * changes nothing, keyboard use, and axe-core on the main states in both languages.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { cspViolations, ROOT, screenshot, serveFixture } from "./browser.ts";
import { miniDataset, MINI_TEXTS } from "../fixtures/miniDataset.ts";

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  '"><svg onload=window.__pwned=1>',
  "\u202Egnp.exe \u202C right-to-left override",
  "Emoji 🌏🚀 and 中文 mixed",
  "Very long " + "x".repeat(3000),
  "{{constructor.constructor('window.__pwned=1')()}}",
];

/** The mini dataset with every en/zh text and quote replaced by a payload (quotes added to the texts). */
function hostileBundle() {
  const d = miniDataset() as unknown as Record<string, unknown>;
  let i = 0;
  const quotes: string[] = [];
  const walk = (v: unknown, key = ""): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === "string" && (key === "en" || key === "zh")) return `${PAYLOADS[i++ % PAYLOADS.length]} #${i}`;
    if (typeof v === "string" && key === "quote") {
      const q = `${PAYLOADS[i++ % PAYLOADS.length]} quote ${i}`;
      quotes.push(q);
      return q;
    }
    return v;
  };
  const data = walk(d) as Record<string, unknown>;
  const texts = Object.fromEntries(Object.entries(MINI_TEXTS).map(([f, t]) => [f, `${t}\n${quotes.join("\n")}\n`]));
  return { ...data, texts };
}

beforeAll(async () => {
  serveFixture("hostile.json", hostileBundle());
  serveFixture("broken.json", { ...hostileBundle(), events: [{ id: "x", title: { en: "", zh: "" } }] });
});
const app = useAppSession(4313);

const TRAP = "window.__pwned = 0; window.alert = () => { window.__pwned = 1; }; window.print = () => {};";
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned: number }).__pwned);

async function runAxe(page: Page, label: string): Promise<string[]> {
  // Evaluated through the devtools protocol, so the page's own CSP stays on while axe runs.
  await page.evaluate(fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.targets.join(" | ")}`);
}

describe("hardening", () => {
  it("a full session raises no CSP violation", async () => {
    const { page, errors } = await app.open("", { init: TRAP });
    await page.click("[data-theme=trafficking]");
    await page.click(".tools .tool-btn >> nth=0");
    await page.click(".story-list li:first-child .present-btn");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Escape");
    for (const id of ["csv", "gexf", "network-png", "timeline-png", "json"]) {
      await page.click(".tools button.tool-btn:has-text('Export')");
      await Promise.all([page.waitForEvent("download"), page.click(`[data-export=${id}]`)]);
    }
    await page.click(".tools button.tool-btn:has-text('Export')");
    await page.click("[data-export=handout]");
    await page.click(".handout-print");
    await page.waitForSelector("body.handout-ready", { state: "attached" });
    expect(await cspViolations(page)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it("a hostile dataset displays its payloads as text and runs no script", async () => {
    const { page, errors } = await app.open(`?data=./e2e/hostile.json&sel=event:china-joins-iom`, {
      init: TRAP,
    });
    expect(errors).toEqual([]);
    const title = (await page.locator(".details h2").textContent())!;
    expect(PAYLOADS.some((p) => title.startsWith(p.slice(0, 20)))).toBe(true);
    await page.locator(".details .show-in-doc").first().click();
    await page.locator("dialog.reader mark").waitFor();
    await page.keyboard.press("Escape");
    await page.locator(".details .link[data-actor]").first().click();
    await page.click("button.lang");
    await page.hover(".vis-item.vis-point, .vis-item.vis-range");
    await page.click(".tools button.tool-btn >> nth=1");
    await page.click("[data-export=handout]");
    await page.click(".handout-print");
    await page.waitForSelector("body.handout-ready", { state: "attached" });
    await page.click(".tools button.tool-btn >> nth=1");
    await Promise.all([page.waitForEvent("download"), page.click("[data-export=csv]")]);
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBe(0);
    expect(await page.locator("img[onerror], svg[onload], #app script, #handout script").count()).toBe(0);
    expect(await page.locator("body").textContent()).toContain("<script>window.__pwned=1</script>");
    expect(await cspViolations(page)).toEqual([]);
    await screenshot(page, "12-hostile-dataset");
    await page.context().close();
  });

  it("a dataset that fails validation changes nothing and says why", async () => {
    const { page } = await app.open(`?data=./e2e/broken.json`, { init: TRAP });
    const text = (await page.locator(".notices").textContent())!;
    expect(text).toContain("was not loaded");
    expect(text).toContain("events.json › x");
    expect(await page.locator(".count").textContent()).toMatch(/^201 of 201/);
    await page.context().close();
  });

  it("the keyboard alone reaches the timeline's events and the network's nodes", async () => {
    const { page } = await app.open(`?from=2016-01-01&to=2016-12-31`);
    await page.focus(".timeline-host");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => location.search.includes("sel=event:"));
    const first = new URL(page.url()).searchParams.get("sel");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((f) => new URL(location.href).searchParams.get("sel") !== f, first);
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((f) => new URL(location.href).searchParams.get("sel") === f, first);
    await page.click(".node-list-box summary");
    await page.fill(".node-filter", "IOM");
    await page.locator(".node-list button").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("sel=actor:"));
    expect(await page.locator(".details h2").isVisible()).toBe(true);
    await page.context().close();
  });

  it("axe finds no serious or critical violation in the main states, in both languages", async () => {
    const found: string[] = [];
    for (const lang of ["en", "zh"]) {
      const states: Array<[string, string, ((p: Page) => Promise<void>) | null]> = [
        ["main", `?lang=${lang}`, null],
        ["event", `?lang=${lang}&sel=event:china-joins-iom-2016`, null],
        ["actor", `?lang=${lang}&sel=actor:iom`, null],
        ["connections", `?lang=${lang}&pair=state-china,iom&via=eu-delegation-china`, null],
        ["stories", `?lang=${lang}`, async (p) => void (await p.click(".tools .tool-btn >> nth=0"))],
        ["presenting", `?lang=${lang}&story=iom-joins-un&step=2`, null],
        [
          "reader",
          `?lang=${lang}&sel=event:china-joins-iom-2016`,
          async (p) => void (await p.locator(".details .show-in-doc").first().click()),
        ],
      ];
      for (const [name, query, act] of states) {
        const { page } = await app.open(query);
        if (act) await act(page);
        await page.waitForTimeout(200);
        found.push(...(await runAxe(page, `${lang}/${name}`)));
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
    // Fourteen states, each loaded and scanned in full: longer than one interaction's budget.
  }, 180_000);
});

describe("bring your own dataset", () => {
  const quoteOf = (id: string) => {
    const events = JSON.parse(fs.readFileSync(path.join(ROOT, "data/events.json"), "utf8")).events as Array<{
      id: string;
      sources: Array<{ source: string; quote: string; lang: string }>;
    }>;
    return events.find((e) => e.id === id)!.sources[0];
  };

  it("imports a CSV pair, exports the dataset as a bundle that re-imports identically, and keeps the deck", async () => {
    const { page } = await app.open();
    // A slide in the user's deck, which must survive everything below.
    await page.click(".tools .tool-btn >> nth=0");
    await page.fill(".slide-title", "Kept slide");
    await page.click(".add-slide");
    await page.keyboard.press("Escape");

    const c = quoteOf("china-joins-iom-2016");
    const actors =
      "id,name_en,name_zh,type,parent\nchina,China,中国,state,\nmps,Ministry of Public Security,公安部,government-body,china\niom,IOM,国际移民组织,igo,\n";
    const events = [
      "id,date_start,date_end,title_en,title_zh,summary_en,summary_zh,kind,actors,themes,planned,source,quote,quote_lang",
      `joins,2016-06-30,,China joins IOM,中国加入国际移民组织,"China, a member.",中国成为成员国。,membership,china:applicant;iom:host,governance,no,${c.source},"${c.quote.replace(/"/g, '""')}",${c.lang}`,
      `visit,2016-10-17,2016-10-25,MPS visit,公安部访问,A visit.,一次访问。,visit,mps:participant,return-readmission,,${c.source},"${c.quote.replace(/"/g, '""')}",${c.lang}`,
    ].join("\n");
    await page.click(".tools .tool-btn >> nth=2");
    await page.setInputFiles("#import-file", [
      { name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(events) },
      { name: "actors.csv", mimeType: "text/csv", buffer: Buffer.from(actors) },
    ]);
    await page.waitForFunction(() => document.querySelector(".count")?.textContent?.startsWith("2 of 2"));
    // The time range follows the data: one year, not 2001–2018.
    expect(await page.locator(".overview-svg .ticks text").allTextContents()).toEqual(["2016"]);

    await page.click(".tools .tool-btn >> nth=2");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".import .export-deck")]);
    const first = fs.readFileSync((await download.path())!, "utf8");
    await page.keyboard.press("Escape");
    await page.click(".tools .tool-btn >> nth=2");
    await page.setInputFiles("#import-file", {
      name: "again.json",
      mimeType: "application/json",
      buffer: Buffer.from(first),
    });
    await page.waitForFunction(() => document.querySelector(".notices")?.textContent?.includes("again.json"));
    await page.click(".tools .tool-btn >> nth=2");
    const [again] = await Promise.all([page.waitForEvent("download"), page.click(".import .export-deck")]);
    expect(fs.readFileSync((await again.path())!, "utf8")).toBe(first);
    await page.keyboard.press("Escape");

    // A broken file is refused with its problems listed; nothing changes.
    await page.click(".tools .tool-btn >> nth=2");
    await page.setInputFiles("#import-file", {
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"events": [{"id": "x"}], }'),
    });
    await page.waitForSelector(".import-report li");
    expect(await page.locator(".import-report").textContent()).toContain("line 1, column");
    await page.keyboard.press("Escape");
    expect(await page.locator(".count").textContent()).toMatch(/^2 of 2/);

    // The deck survived the imports and survives a reload.
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });
    await page.click(".tools .tool-btn >> nth=0");
    expect(await slideTitles(page)).toEqual(["Kept slide"]);

    // A deck file is checked when opened (its checker loads then): a good one replaces the deck,
    // a bad one is refused with the reason and changes nothing.
    const view = { from: "2016-01-01", to: "2016-12-31", themes: [], kinds: [], sel: null };
    const goodDeck = { format: "liaison-deck", version: 1, title: "From a file", slides: [{ title: "Filed", view }] };
    // Replacing a deck that has slides asks first (replace, here).
    await page.setInputFiles("#deck-file", {
      name: "deck.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(goodDeck)),
    });
    expect(await page.locator(".import-choice").textContent()).toContain("1 slides");
    await page.click(".import-replace");
    await page.waitForFunction(() =>
      document.querySelector<HTMLInputElement>(".slides .slide-edit-title")?.value.includes("Filed"),
    );
    await page.setInputFiles("#deck-file", {
      name: "bad-deck.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...goodDeck, version: 2 })),
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".toast")].some((n) =>
        n.textContent?.startsWith("Could not import the deck: version"),
      ),
    );
    expect(await slideTitles(page)).toEqual([expect.stringContaining("Filed")]);
    await page.context().close();
  });

  it("a corrupted deck in storage is reported and set aside, not dropped", async () => {
    const { page } = await app.open();
    await page.evaluate(() => localStorage.setItem("liaison.deck.v1", "{not json"));
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });
    expect(await page.locator(".notices").textContent()).toContain("set aside");
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("liaison.deck.v1.corrupt.")),
    );
    expect(keys).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), keys[0])).toBe("{not json");
    await page.context().close();
  });
});

/** The titles of the slides in the stories dialog (editable fields). */
const slideTitles = (page: Page) =>
  page.locator(".slides .slide-edit-title").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
