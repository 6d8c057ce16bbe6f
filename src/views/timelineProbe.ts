/**
 * What browser tests and the benchmark ask of the timeline: the window it draws (a step's link
 * and the step reached live must agree) and a pan by a fraction of it, as a drag would.
 */
import type { Timeline } from "vis-timeline/esnext";

export function exposeTimelineProbe(timeline: Timeline): void {
  (window as unknown as { liaisonTimeline?: unknown }).liaisonTimeline = {
    window: () => {
      const w = timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    panBy: (fraction: number) => {
      const w = timeline.getWindow();
      const shift = (w.end.getTime() - w.start.getTime()) * fraction;
      timeline.setWindow(w.start.getTime() + shift, w.end.getTime() + shift, { animation: false });
    },
  };
}
