// @vitest-environment jsdom
/** The axis labels the panel's edges would cut are hidden; the rest are left as vis-timeline drew them. */
import { describe, expect, it } from "vitest";
import { hideCutAxisLabels } from "../../src/views/timelineAxisEdges.ts";

function axis(width: number, labels: Array<[number, string]>): HTMLElement {
  const host = document.createElement("div");
  const fg = document.createElement("div");
  fg.className = "vis-time-axis vis-foreground";
  Object.defineProperty(fg, "clientWidth", { value: width });
  for (const [x, text] of labels) {
    const label = document.createElement("div");
    label.className = "vis-text vis-minor";
    label.style.transform = `translate(${x}px, 20px)`;
    label.textContent = text;
    fg.append(label);
  }
  host.append(fg);
  return host;
}

describe("hideCutAxisLabels", () => {
  it("hides a label whose tick is left of the panel or whose text runs past its right edge", () => {
    // "2000": 28 px; the panel 300 px wide.
    const host = axis(300, [
      [-20, "2000"],
      [0, "2001"],
      [120, "2005"],
      [269, "2010"],
      [280, "2015"],
    ]);
    hideCutAxisLabels(host, (_font, text) => text.length * 7);
    const hidden = [...host.querySelectorAll<HTMLElement>(".vis-text")].map((l) => l.style.visibility === "hidden");
    expect(hidden).toEqual([true, false, false, false, true]);
  });
  it("shows a label again once a pan brings it whole into the panel", () => {
    const host = axis(300, [[-20, "2000"]]);
    const label = host.querySelector<HTMLElement>(".vis-text")!;
    hideCutAxisLabels(host, (_font, text) => text.length * 7);
    expect(label.style.visibility).toBe("hidden");
    label.style.transform = "translate(10px, 20px)";
    hideCutAxisLabels(host, (_font, text) => text.length * 7);
    expect(label.style.visibility).toBe("");
  });
});
