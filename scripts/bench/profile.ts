/**
 * `npm run profile -- <action> [query]`: CPU profile of one interaction in the built app (dist/),
 * summarised as the functions with the most inclusive and self time, with the main thread's trace
 * events. A developer tool for finding hot paths; build with `vite build --minify false` first for
 * readable names. Actions: load, filter, pan, select, work (the filter's handler and frame
 * times without a profiler attached), and layouts (each style and layout pass, and what forced
 * it). A ?data= query needs the bench datasets in dist/bench.
 */
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launch, startPreview } from "../../test/e2e/browser.ts";
import { frames, layoutSettled, openMeasuredPage } from "./pageHelpers.ts";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function summarise(p: Profile, top = 30) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
      if (!seen.has(key)) incl.set(key, (incl.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  console.log("inclusive:");
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top * 2))
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log("self:");
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`total ${total.toFixed(1)} ms`);
  for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}

type TraceEvent = {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
};
type TraceFile = { traceEvents: TraceEvent[] };

/** Main-thread time by trace event name (complete events only; nested events are counted too). */
function summariseTrace(trace: TraceFile) {
  const main = trace.traceEvents.find(
    (e) => e.name === "thread_name" && (e as { args?: { name?: string } }).args?.name === "CrRendererMain",
  );
  const by = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "X" || !e.dur || (main && (e.tid !== main.tid || e.pid !== main.pid))) continue;
    const key = e.name === "EventDispatch" ? `EventDispatch:${e.args?.data?.type}` : e.name;
    by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
  }
  console.log("trace (renderer main thread, inclusive ms):");
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}

/**
 * Style and layout passes, with the script that forced each one (its top frames), and the frame's
 * commit, for a theme toggle on, off, and a pan: where a frame lays the page out more than once.
 */
async function listLayouts(browser: Browser, page: Page) {
  const shown = new Set(["EventDispatch", "FireAnimationFrame", "UpdateLayoutTree", "Layout", "Paint", "Commit"]);
  for (const act of ["filter on", "filter off", "pan"]) {
    await page.waitForTimeout(300);
    await browser.startTracing(page, {
      categories: [
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "disabled-by-default-devtools.timeline.stack",
      ],
    });
    const latency = await page.evaluate(async (a) => {
      const w = window as unknown as { __painted(): Promise<number>; liaisonTimeline: { panBy(f: number): void } };
      const t0 = performance.now();
      if (a === "pan") w.liaisonTimeline.panBy(0.05);
      else document.querySelector<HTMLButtonElement>("[data-theme=trafficking]")!.click();
      const painted = await w.__painted();
      await new Promise((r) => setTimeout(r, 50));
      return painted - t0;
    }, act);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: LayoutEvent[] };
    const events = traceEvents.filter((e) => e.ph === "X" && shown.has(e.name) && (e.dur ?? 0) >= 300);
    const start = Math.min(...events.map((e) => e.ts));
    console.log(`--- ${act}: painted ${latency.toFixed(1)} ms after the action`);
    for (const e of events.sort((a, b) => a.ts - b.ts)) {
      const data = e.args?.beginData ?? e.args?.data;
      const stack = (data?.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName}:${f.lineNumber}`);
      const size =
        e.name === "Layout"
          ? ` ${data?.dirtyObjects}/${data?.totalObjects} objects`
          : e.name === "UpdateLayoutTree"
            ? ` ${e.args?.elementCount} elements`
            : "";
      console.log(
        `${((e.ts - start) / 1000).toFixed(1).padStart(7)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name}${size}  ${stack.join(" < ")}`,
      );
    }
  }
}
type LayoutEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: {
    elementCount?: number;
    beginData?: LayoutData;
    data?: LayoutData;
  };
};
type LayoutData = {
  dirtyObjects?: number;
  totalObjects?: number;
  stackTrace?: Array<{ functionName: string; lineNumber: number }>;
};

async function main() {
  const [action = "filter", query = "?from=2010-01-01&to=2012-12-31"] = process.argv.slice(2);
  const server = await startPreview(4410);
  const browser = await launch();
  try {
    // about:blank first, so a load profile starts before the app's navigation.
    const { context, page } = await openMeasuredPage(browser, "about:blank");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    if (action === "load") await cdp.send("Profiler.start");
    await page.goto(server.url + query);
    await page.waitForFunction(() => performance.getEntriesByName("liaison:network-drawn").length, undefined, {
      timeout: 120_000,
    });
    await frames(page, 10);
    await layoutSettled(page, 300_000);
    if (action === "layouts") {
      await listLayouts(browser, page);
      return;
    }
    if (action === "work") {
      // Main-thread work of one filter toggle: the click handler, then the next frame from its first
      // animation-frame callback until the frame has painted (a message posted from the last callback).
      const rows = await page.evaluate(async () => {
        const chip = document.querySelector<HTMLButtonElement>("[data-theme=trafficking]")!;
        const out: string[] = [];
        for (let i = 0; i < 8; i++) {
          await new Promise((r) => setTimeout(r, 100));
          let frameStart = 0;
          requestAnimationFrame(() => (frameStart = performance.now()));
          const t0 = performance.now();
          chip.click();
          const t1 = performance.now();
          const painted = await (window as unknown as { __painted(): Promise<number> }).__painted();
          out.push(
            `handler ${(t1 - t0).toFixed(1)} frame ${(painted - frameStart).toFixed(1)} total ${(t1 - t0 + painted - frameStart).toFixed(1)} latency ${(painted - t0).toFixed(1)}`,
          );
        }
        return out;
      });
      console.log(rows.join("\n"));
      return;
    }
    if (action !== "load") {
      await page.waitForTimeout(500);
      await browser.startTracing(page, {
        categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8"],
      });
      await cdp.send("Profiler.start");
      const ms = await page.evaluate(async (act) => {
        const t0 = performance.now();
        const w = window as unknown as {
          liaisonTimeline: { panBy(f: number): void };
          liaisonApp: { select(s: unknown): void };
        };
        for (let i = 0; i < 4; i++) {
          if (act === "filter") document.querySelector<HTMLButtonElement>("[data-theme=trafficking]")!.click();
          if (act === "pan") w.liaisonTimeline.panBy(i % 2 ? 0.05 : -0.05);
          if (act === "select") w.liaisonApp.select(i % 2 ? null : { type: "actor", id: "iom" });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
        return (performance.now() - t0) / 4;
      }, action);
      console.log(`${action}: ${ms.toFixed(1)} ms per action (click → 2 frames)`);
    }
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    if (action !== "load") summariseTrace(JSON.parse((await browser.stopTracing()).toString()) as TraceFile);
    fs.writeFileSync("/tmp/liaison.cpuprofile", JSON.stringify(profile));
    summarise(profile);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
