/** How many events in the timeline's visible span are counted in blocks ("12 events · …") rather than named. */
import type { Page } from "playwright-core";

export function eventsInBlocks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
    let n = 0;
    for (const block of document.querySelectorAll<HTMLElement>(".timeline-host .cluster-label[data-count]")) {
      const r = block.closest(".vis-item")!.getBoundingClientRect();
      // As for marks: a block that ends where the window begins (December's, in a year) is not in it.
      if (r.right > view.left + 1 && r.left < view.right - 1) n += Number(block.dataset.count);
    }
    return n;
  });
}
