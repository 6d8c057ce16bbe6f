/** Small helpers shared by the benchmark and the profiler for driving the app's page. */
import type { Browser, Page } from "playwright-core";

/** tsx compiles with keepNames: functions sent to the page call its __name helper, so define it there. */
export const KEEP_NAMES = "globalThis.__name = (f) => f;";

/** Resolves after `n` animation frames of the page. */
export const frames = (page: Page, n = 2) =>
  page.evaluate(
    (k) =>
      new Promise<void>((resolve) => {
        let left = k;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

/**
 * In the page: `__painted()` resolves with the time the next frame has painted (a message posted
 * from an animation-frame callback runs after that frame's style, layout and paint);
 * `__timeToPaint(action, done)` runs the action and resolves with the time from it until the
 * first painted frame after which `done()` holds, and how many frames that took (given up after
 * `limit` ms); `__quiet()` lets the page settle before a timed action (150 ms, so that the last
 * action's leftover work is not counted in the next). The first draw is stamped once both views
 * have marked themselves drawn and that frame has painted.
 */
export const PAINT_PROBE = `
globalThis.__quiet = () => new Promise((resolve) => setTimeout(resolve, 150));
globalThis.__painted = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
}));
globalThis.__timeToPaint = async (action, done, limit = 5000) => {
  const t0 = performance.now();
  action();
  let painted = await globalThis.__painted();
  let frames = 1;
  while (!done() && painted - t0 < limit) {
    painted = await globalThis.__painted();
    frames++;
  }
  return { ms: painted - t0, frames };
};
new PerformanceObserver((list, observer) => {
  const names = ["liaison:network-drawn", "liaison:timeline-drawn"];
  if (!names.every((n) => performance.getEntriesByName(n).length)) return;
  observer.disconnect();
  globalThis.__painted().then((t) => performance.mark("bench:first-paint", { startTime: t }));
}).observe({ type: "mark", buffered: true });
`;

/** A 1600×900 page of the app at `url`, with the helpers above installed before its scripts run. */
export async function openMeasuredPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(KEEP_NAMES + PAINT_PROBE);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** The page's types for the probes above. */
export type PaintProbe = {
  __quiet(): Promise<void>;
  __painted(): Promise<number>;
  __timeToPaint(action: () => void, done: () => boolean, limit?: number): Promise<{ ms: number; frames: number }>;
};

/** When the performance mark `name` was stamped (waits for it up to `timeout` ms; throws after). */
export async function markedAt(page: Page, name: string, timeout: number): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length, name, { timeout, polling: 50 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/**
 * An imported dataset is drawn from seeded positions while a worker lays the network out;
 * interactions are measured once it is done (the worker would otherwise take a core from them).
 */
export function layoutSettled(page: Page, timeout: number) {
  return page.waitForFunction(() => !document.querySelector(".network-host.is-settling"), undefined, {
    timeout,
    polling: 100,
  });
}
