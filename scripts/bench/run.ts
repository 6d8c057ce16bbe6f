/**
 * `npm run bench`: builds the app, generates 10× and 100× datasets, serves everything, and measures
 * in headless Chromium (several runs, median and spread): time to first draw of both views, a theme
 * filter toggle, a timeline pan until the network updates, selecting an actor, long frames while
 * panning, JS heap after load, and the initial JS/CSS size. TimelineJS3 loads the same events in the
 * same run for a ratio measured on the same machine. `--smoke` runs 1× once (what CI does).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser } from "playwright-core";
import { launch, ROOT, startPreview } from "../../test/e2e/browser.ts";
import { checkDataDir } from "../checkDataDir.ts";
import { floorData } from "./floorData.ts";
import { generateDataset } from "./generateDataset.ts";
import { frames, layoutSettled, markedAt, openMeasuredPage, type PaintProbe } from "./pageHelpers.ts";
import { toBundle } from "../../src/model/exportSubset.ts";
import type { Dataset } from "../../src/data/dataFiles.ts";

const smoke = process.argv.includes("--smoke");
// --no-build: dist/ is fresh already (npm test builds it for the browser tests).
const build = !process.argv.includes("--no-build");
const runsArg = process.argv.find((a) => a.startsWith("--runs="));
const RUNS = smoke ? 1 : Number(runsArg?.split("=")[1] ?? 5);
const SIZES: Array<{ name: string; factor: number; runs: number }> = smoke
  ? [{ name: "1x", factor: 1, runs: 1 }]
  : [
      { name: "1x", factor: 1, runs: RUNS },
      { name: "10x", factor: 10, runs: RUNS },
      { name: "100x", factor: 100, runs: Math.max(1, Math.floor(RUNS / 3)) },
    ];
// --sizes=1x,10x runs a subset (100× takes many minutes on 2 cores with software WebGL).
const sizesArg = process.argv
  .find((a) => a.startsWith("--sizes="))
  ?.split("=")[1]
  .split(",");
if (sizesArg) SIZES.splice(0, SIZES.length, ...SIZES.filter((s) => sizesArg.includes(s.name)));
const DIST = path.join(ROOT, "dist");
/** The window every size is measured in, and the theme the filter toggles (the floor uses both). */
const WINDOW = { from: "2010-01-01", to: "2012-12-31" };
const THEME = "trafficking";
const OUT = path.join(ROOT, "bench");

type Sample = Record<string, number>;

function median(values: number[]) {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

function stats(values: number[]) {
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.length,
  };
}
const round = (x: number) => Math.round(x * 10) / 10;

function initialAssets() {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const size = (ext: string) => {
    const files = refs.filter((r) => r.endsWith(ext)).map((r) => fs.readFileSync(path.join(DIST, r)));
    return {
      raw: files.reduce((s, b) => s + b.length, 0),
      gzip: files.reduce((s, b) => s + zlib.gzipSync(b, { level: 9 }).length, 0),
    };
  };
  return { js: size(".js"), css: size(".css") };
}

function toTimelineJs(d: Dataset) {
  const date = (s: string) => {
    const [year, month, day] = s.split("-").map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  return {
    events: d.events.map((e) => ({
      start_date: date(e.date.start),
      ...(e.date.end ? { end_date: date(e.date.end) } : {}),
      text: { headline: e.title.en, text: e.summary.en },
      group: e.themes[0],
    })),
  };
}

type PageHelpers = PaintProbe & {
  liaisonTimeline: { panBy(f: number): void };
  liaisonNetwork: { renders(): number; updates(): number; drawPending(): boolean };
  liaisonApp: { select(sel: unknown): void };
};

async function measureLiaison(browser: Browser, url: string, actor: string, pans: number): Promise<Sample> {
  const { context, page } = await openMeasuredPage(browser, url);
  // From navigation until both views have drawn and that frame has painted.
  const firstDraw = await markedAt(page, "bench:first-paint", 180_000);
  await layoutSettled(page, 600_000);
  const layoutSettledAt = await page.evaluate(() => performance.now());
  await frames(page, 10);
  // What the network draws in the window (the reduced view's count depends on the panel's size).
  const networkNodes = await page.evaluate(() =>
    Number(document.querySelector<HTMLElement>(".network-host")!.dataset.visibleNodes),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize / 1048576;

  // Theme filter on and off, four times each, from a quiet page: from the click until the first
  // frame in which the timeline, the network and the overview all show the change has painted.
  // The median toggle (the target's measure) and the worst, and how many frames the slowest took
  // (1 = the very next frame).
  const filter = await page.evaluate(async (theme) => {
    const w = window as unknown as PageHelpers;
    const chip = document.querySelector<HTMLButtonElement>(`[data-theme=${theme}]`)!;
    const timeline = document.querySelector<HTMLElement>(".timeline-host")!;
    const bars = () => document.querySelectorAll(".overview-svg rect.part").length;
    const times: number[] = [];
    let frames = 0;
    for (let i = 0; i < 8; i++) {
      await w.__quiet();
      const before = { renders: w.liaisonNetwork.renders(), items: timeline.dataset.itemCount, bars: bars() };
      const toggle = await w.__timeToPaint(
        () => chip.click(),
        () =>
          w.liaisonNetwork.renders() > before.renders &&
          timeline.dataset.itemCount !== before.items &&
          bars() !== before.bars,
      );
      times.push(toggle.ms);
      frames = Math.max(frames, toggle.frames);
    }
    return { times, frames };
  }, THEME);

  // Pan: shift the window by 8% from a quiet page, six times; time until the network has rendered
  // the new window. Then 30 pans of 3% in a row, as in a drag (each starts once the last has
  // painted), while long animation frames (> 100 ms) are counted.
  const pan = await page.evaluate(async (count) => {
    const w = window as unknown as PageHelpers;
    // Until the network has taken the new window in and the frame that draws it has painted. (A
    // small pan can change nothing in the graph: then nothing is redrawn, and nothing waited for.)
    const one = async (f: number) => {
      const before = w.liaisonNetwork.updates();
      const pan = await w.__timeToPaint(
        () => w.liaisonTimeline.panBy(f),
        () => w.liaisonNetwork.updates() !== before && !w.liaisonNetwork.drawPending(),
      );
      return pan.ms;
    };
    const rested: number[] = [];
    for (let i = 0; i < 6; i++) {
      await w.__quiet();
      rested.push(await one(i % 2 ? 0.08 : -0.08));
    }
    const long: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => e.duration > 100 && long.push(e.duration)),
    );
    let kind = "long-animation-frame";
    try {
      observer.observe({ type: kind, buffered: false });
    } catch {
      kind = "longtask";
      observer.observe({ type: kind, buffered: false });
    }
    const inRow: number[] = [];
    for (let i = 0; i < count; i++) inRow.push(await one(i % 2 ? 0.03 : -0.03));
    observer.disconnect();
    return { rested, inRow, longFrames: long.length };
  }, pans);

  // Select an actor: until its events are highlighted on the timeline and a frame has drawn.
  const select = await page.evaluate(async (id) => {
    const w = window as unknown as PageHelpers;
    w.liaisonApp.select(null);
    await w.__painted();
    await w.__quiet();
    const renders = w.liaisonNetwork.renders();
    // Highlighted: the title of one of its events is drawn in the highlight's background (a
    // stylesheet rule; the item may only come out of a period's block with the selection).
    const probe = document.body.appendChild(document.createElement("div"));
    probe.style.backgroundColor = getComputedStyle(document.documentElement).getPropertyValue("--hl-bg");
    const lit = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const highlighted = () => {
      const title = document.querySelector(`.tl-host .ev-label[data-actors~="${id}"] .ev-title`);
      return !!title && getComputedStyle(title).backgroundColor === lit;
    };
    const selected = await w.__timeToPaint(
      () => w.liaisonApp.select({ type: "actor", id }),
      () => highlighted() && w.liaisonNetwork.renders() !== renders,
    );
    return selected.ms;
  }, actor);
  await context.close();
  return {
    firstDraw,
    layoutSettled: layoutSettledAt,
    filter: median(filter.times),
    worstFilter: Math.max(...filter.times),
    filterFrames: filter.frames,
    pan: median(pan.rested),
    panInRow: median(pan.inRow),
    worstPan: Math.max(...pan.rested, ...pan.inRow),
    longFrames: pan.longFrames,
    select,
    heapMB: heap,
    networkNodes,
  };
}

/** TimelineJS3's page stamps its first draw with the same painted probe (timelinejs-run.js). */
async function measureTimelineJs(browser: Browser, url: string, timeout: number): Promise<number> {
  const { context, page } = await openMeasuredPage(browser, url);
  try {
    return await markedAt(page, "tljs:drawn", timeout);
  } catch {
    return NaN; // did not draw within the timeout
  } finally {
    await context.close();
  }
}

/**
 * The library floor at 1×: vis-timeline and sigma alone drawing the same items and graph, and the
 * same interactions as bare library calls (floor/floor.ts), timed with Liaison's probes.
 */
async function measureFloor(browser: Browser, url: string): Promise<Sample> {
  const { context, page } = await openMeasuredPage(browser, url);
  try {
    const firstDraw = await markedAt(page, "bench:first-paint", 60_000);
    await frames(page, 10);
    const measured = await page.evaluate(async () => {
      type Floor = { renders(): number; toggle(): void; select(on: boolean): void };
      const w = window as unknown as PaintProbe & { floor: Floor };
      const items = () => document.querySelectorAll("#timeline .vis-item").length;
      // From the call until the frame that shows it on both sides has painted.
      const timed = async (action: () => void, changed: () => boolean) => {
        await w.__quiet();
        const renders = w.floor.renders();
        return (await w.__timeToPaint(action, () => w.floor.renders() !== renders && changed())).ms;
      };
      const toggles: number[] = [];
      for (let i = 0; i < 8; i++) {
        const before = items();
        toggles.push(
          await timed(
            () => w.floor.toggle(),
            () => items() !== before,
          ),
        );
      }
      const highlighted = () => document.querySelector("#timeline .vis-item.hl") !== null;
      const select = await timed(() => w.floor.select(true), highlighted);
      return { toggles, select };
    });
    return {
      firstDraw,
      filter: median(measured.toggles),
      worstFilter: Math.max(...measured.toggles),
      select: measured.select,
    };
  } finally {
    await context.close();
  }
}

async function main() {
  if (build) {
    console.log("building…");
    execFileSync(path.join(ROOT, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  const real = checkDataDir(path.join(ROOT, "data")).dataset;
  const benchDir = path.join(DIST, "bench");
  fs.mkdirSync(path.join(benchDir, "tljs"), { recursive: true });
  fs.cpSync(path.join(ROOT, "node_modules/@knight-lab/timelinejs/dist"), path.join(benchDir, "tljs"), {
    recursive: true,
  });
  fs.copyFileSync(path.join(ROOT, "scripts/bench/timelinejs.html"), path.join(benchDir, "timelinejs.html"));
  fs.copyFileSync(path.join(ROOT, "scripts/bench/timelinejs-run.js"), path.join(benchDir, "timelinejs-run.js"));
  const datasets: Record<string, Dataset> = {};
  for (const s of SIZES) {
    datasets[s.name] = s.factor === 1 ? real : generateDataset(real, s.factor, 20181218);
    if (s.factor !== 1) fs.writeFileSync(path.join(benchDir, `data-${s.name}.json`), toBundle(datasets[s.name]));
    fs.writeFileSync(path.join(benchDir, `tl-events-${s.name}.json`), JSON.stringify(toTimelineJs(datasets[s.name])));
  }
  // The library floor page, and what it draws at 1× (the window and interactions the app is timed on).
  execFileSync(
    path.join(ROOT, "node_modules/.bin/vite"),
    ["build", "--config", path.join(ROOT, "scripts/bench/floor/vite.config.ts")],
    { cwd: ROOT, stdio: "inherit" },
  );
  const layout = JSON.parse(fs.readFileSync(path.join(ROOT, "data/layout.json"), "utf8")) as {
    positions: Record<string, [number, number]>;
  };
  const floor = floorData(real, layout.positions, {
    ...WINDOW,
    theme: THEME,
    actor: busiestActor(real),
  });
  fs.writeFileSync(path.join(benchDir, "floor/floor-data.json"), JSON.stringify(floor));
  const server = await startPreview(4400);
  const browser = await launch();
  // With --sizes, the other sizes' last results are kept (each row has its own date).
  const previous = path.join(OUT, "results.json");
  const results: Record<string, unknown> =
    sizesArg && !smoke && fs.existsSync(previous)
      ? ((JSON.parse(fs.readFileSync(previous, "utf8")) as { results?: Record<string, unknown> }).results ?? {})
      : {};
  try {
    for (const s of SIZES) {
      const d = datasets[s.name];
      const busiest = busiestActor(d);
      const query = `${s.factor === 1 ? "?" : `?data=./bench/data-${s.name}.json&`}from=${WINDOW.from}&to=${WINDOW.to}`;
      const samples: Sample[] = [];
      const tljs: number[] = [];
      const floors: Sample[] = [];
      for (let r = 0; r < s.runs; r++) {
        // 30 pans in a row, 10 at 100× (each is slow there and the run has to fit in the session).
        samples.push(await measureLiaison(browser, server.url + query, busiest, s.factor >= 100 ? 10 : 30));
        // TimelineJS at 100× gets one try of a minute: it is the comparison, not the subject.
        if (s.factor <= 10 || r === 0) {
          const url = `${server.url}bench/timelinejs.html?size=${s.name}`;
          tljs.push(await measureTimelineJs(browser, url, s.factor <= 10 ? 120_000 : 60_000));
        }
        if (s.factor === 1) floors.push(await measureFloor(browser, `${server.url}bench/floor/`));
        process.stdout.write(".");
      }
      const metric = (k: string) => stats(samples.map((x) => x[k]));
      const tl = tljs.filter(Number.isFinite);
      results[s.name] = {
        date: new Date().toISOString(),
        events: d.events.length,
        actors: d.actors.length,
        relations: d.relations.length,
        firstDrawMs: metric("firstDraw"),
        layoutSettledMs: metric("layoutSettled"),
        filterMs: metric("filter"),
        worstFilterMs: metric("worstFilter"),
        filterFrames: metric("filterFrames"),
        panToNetworkMs: metric("pan"),
        panInRowMs: metric("panInRow"),
        worstPanMs: metric("worstPan"),
        longFramesWhilePanning: metric("longFrames"),
        selectActorMs: metric("select"),
        heapMB: metric("heapMB"),
        networkNodes: metric("networkNodes"),
        timelineJsFirstDrawMs: tl.length ? stats(tl) : `did not draw within ${s.factor <= 10 ? 120 : 60} s`,
        ...(floors.length
          ? {
              libraryFloor: {
                firstDrawMs: stats(floors.map((f) => f.firstDraw)),
                filterMs: stats(floors.map((f) => f.filter)),
                worstFilterMs: stats(floors.map((f) => f.worstFilter)),
                selectActorMs: stats(floors.map((f) => f.select)),
              },
            }
          : {}),
      };
      writeSummary(results); // after each size, so a long run that is stopped keeps what it measured
    }
  } finally {
    await browser.close();
    server.stop();
  }
  printTable(writeSummary(results));
}

function writeSummary(results: Record<string, unknown>) {
  const summary = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: "headless, SwiftShader WebGL",
    },
    initialAssets: initialAssets(),
    results,
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUT, smoke ? "results-smoke.json" : "results.json"),
    JSON.stringify(summary, null, 2) + "\n",
  );
  return summary;
}

/** The actor in most events (counted in one pass: sorting with a per-actor count took minutes at 100×). */
function busiestActor(d: Dataset): string {
  const counts = new Map<string, number>();
  for (const e of d.events)
    for (const id of new Set(e.actors.map((a) => a.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

function printTable(summary: { initialAssets: ReturnType<typeof initialAssets>; results: Record<string, unknown> }) {
  const rows = Object.entries(summary.results) as Array<
    [string, Record<string, { median: number; min: number; max: number } | number | string>]
  >;
  const cell = (v: unknown) =>
    typeof v === "object" && v
      ? `${(v as { median: number }).median} (${(v as { min: number }).min}–${(v as { max: number }).max})`
      : String(v);
  const keys = [
    "events",
    "firstDrawMs",
    "layoutSettledMs",
    "filterMs",
    "worstFilterMs",
    "filterFrames",
    "panToNetworkMs",
    "panInRowMs",
    "worstPanMs",
    "longFramesWhilePanning",
    "selectActorMs",
    "heapMB",
    "networkNodes",
    "timelineJsFirstDrawMs",
  ];
  console.log("\n| size | " + keys.join(" | ") + " |");
  console.log("|" + " --- |".repeat(keys.length + 1));
  for (const [name, r] of rows) console.log(`| ${name} | ${keys.map((k) => cell(r[k])).join(" | ")} |`);
  for (const [name, r] of rows) {
    const f = r.libraryFloor as unknown as Record<string, unknown> | undefined;
    if (f)
      console.log(
        `\nlibrary floor at ${name} (vis-timeline and sigma alone, same items and graph): first draw ${cell(f.firstDrawMs)}, filter ${cell(f.filterMs)} (worst ${cell(f.worstFilterMs)}), select ${cell(f.selectActorMs)}`,
      );
  }
  const a = summary.initialAssets;
  console.log(
    `\ninitial JS ${(a.js.raw / 1024).toFixed(0)} KB (${(a.js.gzip / 1024).toFixed(0)} KB gzip), CSS ${(a.css.raw / 1024).toFixed(0)} KB (${(a.css.gzip / 1024).toFixed(0)} KB gzip)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
