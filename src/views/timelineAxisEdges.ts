/**
 * vis-timeline draws a label at every tick of its axis, those just outside the window too: a tick
 * left of the window shows only the end of its label ("00" for 2000, "年" for 2000年) and one near
 * the right edge only its start. After each redraw, a label the panel's edge would cut is hidden;
 * its tick line stays, and the next tick names the period.
 */

/** vis-timeline's padding inside an axis label, px (its stylesheet's `.vis-time-axis .vis-text`) */
const PAD = 3;

export function hideCutAxisLabels(host: HTMLElement, measure: (font: string, text: string) => number): void {
  const axis = host.querySelector<HTMLElement>(".vis-time-axis.vis-foreground");
  if (!axis) return;
  const labels = axis.querySelectorAll<HTMLElement>(".vis-text:not(.vis-measure)");
  if (!labels.length) return;
  const width = axis.clientWidth;
  // One font for the axis (presenting sets it larger): read from a label once per redraw.
  const font = getComputedStyle(labels[0]).font;
  for (const label of labels) {
    // vis-timeline places each label with `translate(x px, y px)`.
    const x = Number(/translate\((-?[\d.]+)px/.exec(label.style.transform)?.[1] ?? 0);
    const cut = x < -0.5 || x + PAD + measure(font, label.textContent ?? "") > width + 0.5;
    label.style.visibility = cut ? "hidden" : "";
  }
}
