/**
 * The window moves the timeline animates (a story step, a selection brought into view, a period
 * opened). While one runs, vis-timeline moves the items it has drawn, and the titles are placed and
 * stacked anew once, when it has ended, not on every frame: a rebuild per frame cost a full
 * relayout each time and left the items off the page between a frame's task and its redraw.
 */
import type { Timeline } from "vis-timeline/esnext";

type Animation = boolean | { duration: number; easingFunction: "easeInOutQuad" };
/** vis-timeline's default animation length (ms). */
const DEFAULT_MS = 500;

export function createWindowAnimation(
  timeline: () => Timeline | null,
  settled: () => void,
  /**
   * A move that zooms starts (true) and has been laid out again (false). Until then the titles
   * keep the widths of the old scale, which a zoom out makes too narrow for them.
   */
  zooming: (on: boolean) => void = () => {},
) {
  let running = false;
  let zoom = false;
  let timer = 0;
  const ended = () => {
    if (!running) return;
    running = false;
    clearTimeout(timer);
    // After the frame in which the store takes the final window (the timeline's rangechange).
    requestAnimationFrame(() => {
      settled();
      if (zoom) zooming((zoom = false));
    });
  };
  return {
    to(start: number, end: number, animation: Animation) {
      const tl = timeline();
      if (!tl) return;
      if (animation) {
        const now = tl.getWindow();
        const span = now.end.getTime() - now.start.getTime();
        if (!zoom && Math.abs(end - start - span) > span * 0.01) zooming((zoom = true));
        running = true;
        clearTimeout(timer);
        // vis-timeline says "rangechanged" when it ends; this is in case it never started.
        const ms = typeof animation === "object" ? animation.duration : DEFAULT_MS;
        timer = window.setTimeout(ended, ms + 250);
      }
      tl.setWindow(start, end, { animation });
    },
    /** For the timeline's "rangechanged": the move has ended (or a drag took over). */
    ended,
    running: () => running,
  };
}
