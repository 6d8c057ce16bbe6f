/**
 * The panel edges, dragged with a pointer as a user does: the panels take the new widths, the
 * timeline redraws to its new width, and the sizes are there again after a reload.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppSession } from "./appSession.ts";
import { eventsInBlocks } from "./timelineBlocks.ts";

const app = useAppSession(4318);

const widths = (page: Page) =>
  page.evaluate(() => {
    const w = (sel: string) => Math.round(document.querySelector<HTMLElement>(sel)!.getBoundingClientRect().width);
    return {
      timeline: w(".timeline-panel"),
      network: w(".network-panel"),
      details: w(".details"),
      center: w(".timeline-host .vis-panel.vis-center"),
    };
  });

/** Waits (up to 3 s) for vis-timeline to redraw to a new size: on its own schedule, after the panel has taken it. */
const centerWiderThan = (page: Page, px: number) =>
  page
    .waitForFunction(
      (w) => document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect().width > w,
      px,
      { timeout: 3000 },
    )
    .catch(() => undefined);

/** Presses on the middle of a handle and drags it `dx` px sideways in steps, as a hand would. */
async function drag(page: Page, handle: string, dx: number) {
  const box = (await page.locator(handle).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y);
  await page.mouse.up();
}

describe("panel resizing", () => {
  it("dragging the edges changes the panels' widths, and a reload keeps them", async () => {
    const { page, errors } = await app.open("?from=2016-01-01&to=2016-12-31", { width: 1600, height: 900 });
    await page.waitForSelector(".timeline-host .ev-label");
    const before = await widths(page);

    await drag(page, ".panel-sep.sep-timeline", 150);
    await page.waitForTimeout(300);
    await centerWiderThan(page, before.center + 130);
    const wider = await widths(page);
    expect(wider.timeline - before.timeline).toBeGreaterThan(130);
    expect(wider.timeline - before.timeline).toBeLessThan(170);
    expect(before.network - wider.network).toBeGreaterThan(130);
    expect(Math.abs(wider.details - before.details)).toBeLessThanOrEqual(1);
    // The timeline draws into its new width.
    expect(wider.center - before.center).toBeGreaterThan(130);

    await drag(page, ".panel-sep.sep-details", -100);
    await page.waitForTimeout(300);
    const after = await widths(page);
    expect(after.details - wider.details).toBeGreaterThan(85);
    expect(after.details - wider.details).toBeLessThan(115);
    expect(after.network).toBeLessThan(wider.network);

    await page.reload();
    await page.waitForSelector(".timeline-host .ev-label");
    await page.waitForTimeout(300);
    const reloaded = await widths(page);
    expect(Math.abs(reloaded.timeline - after.timeline)).toBeLessThanOrEqual(2);
    expect(Math.abs(reloaded.details - after.details)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("“Widen timeline” gives the timeline the whole width, brings the details back for a selection, and is kept", async () => {
    const { page, errors } = await app.open("?lang=en&from=2016-01-01&to=2016-12-31", { width: 1366, height: 768 });
    await page.waitForSelector(".timeline-host .ev-label");
    const before = await widths(page);
    const button = page.locator(".tl-wide");
    // 2016 at 1366 px: some events are only counted in blocks, and the button says how many.
    const inBlocks = await eventsInBlocks(page);
    expect(inBlocks).toBeGreaterThan(0);
    expect(await button.textContent()).toBe(`Widen timeline ${inBlocks} titles hidden`);
    expect(await button.getAttribute("title")).toContain(`${inBlocks} of the events in view`);
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await button.click();
    await centerWiderThan(page, before.center + 500);
    const wide = await widths(page);
    const workspace = await page.evaluate(() => document.querySelector(".workspace")!.clientWidth);
    expect(wide.timeline / workspace).toBeGreaterThan(0.95);
    expect(wide.network).toBe(0);
    expect(wide.details).toBe(0);
    // The timeline lays its titles out again for the new width, every drawn title whole.
    expect(wide.center - before.center).toBeGreaterThan(500);
    expect(await button.textContent()).toBe("Show all panels");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    const cut = await page.evaluate(() => {
      const center = document.querySelector(".timeline-host .vis-panel.vis-center")!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>(".timeline-host .ev-title")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.right > center.left && r.left < center.right && (r.left < center.left - 1 || r.right > center.right + 1)
          );
        })
        .map((el) => el.textContent);
    });
    expect(cut).toEqual([]);

    // A selection brings the details back beside the timeline; clearing it puts them away.
    await page.locator(".timeline-host .ev-title").first().click();
    await page.waitForSelector(".details h2");
    const selected = await widths(page);
    expect(selected.details).toBeGreaterThan(250);
    expect(selected.network).toBe(0);
    expect(selected.timeline + selected.details).toBeGreaterThan(workspace * 0.95);
    await page.keyboard.press("Escape");
    await page.locator(".app-title").click();

    // W from the page toggles it, but not while typing in a field; a reload keeps the choice.
    await page.locator(".search").focus();
    await page.keyboard.press("w");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await page.locator(".app-title").click();
    await page.keyboard.press("w");
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await page.waitForTimeout(300);
    expect((await widths(page)).network).toBeGreaterThan(300);
    await page.keyboard.press("w");
    await page.reload();
    await page.waitForSelector(".timeline-host .ev-label");
    expect(await page.locator(".tl-wide").getAttribute("aria-pressed")).toBe("true");
    expect((await widths(page)).network).toBe(0);
    // In Chinese too.
    await page.locator(".lang-toggle, [data-action=lang], button:has-text('中文')").first().click();
    expect(await page.locator(".tl-wide").textContent()).toBe("显示全部面板");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
