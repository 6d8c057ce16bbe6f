import { launch, openApp, startPreview } from "../test/e2e/browser.ts";
const server = await startPreview(4198);
const browser = await launch();
try {
  const { page } = await openApp(browser, server.url, { init: process.argv[2] });
  if (process.argv[3]) {
    await page.click(process.argv[3]);
    await page.waitForTimeout(500);
  }
  console.log(
    await page.evaluate(() => ({
      items: document.querySelectorAll(".vis-item").length,
      cluster: document.querySelectorAll(".vis-cluster").length,
      ranges: document.querySelectorAll(".vis-item.vis-range").length,
      points: document.querySelectorAll(".vis-item.vis-point").length,
      bg: document.querySelectorAll(".vis-item.vis-background").length,
      sample: [...document.querySelectorAll(".vis-item")]
        .slice(0, 8)
        .map((e) => e.className + " @" + (e as HTMLElement).style.cssText),
    })),
  );
} finally {
  await browser.close();
  server.stop();
}
