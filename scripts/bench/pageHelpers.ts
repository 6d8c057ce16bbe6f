/** Small helpers shared by the benchmark and the profiler for driving the app's page. */
import type { Page } from "playwright-core";

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
