/**
 * `npm run screenshot -- "<query>" <name> [width] [height]`: screenshot of the built app in headless
 * Chromium, saved to test-results/screenshots/<name>.png (run `npm run build` first).
 */
import { launch, openApp, screenshot, startPreview } from "../test/e2e/browser.ts";

const [query = "", name = "shot", width = "1600", height = "900"] = process.argv.slice(2);
const server = await startPreview(4199);
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url + query, { width: Number(width), height: Number(height) });
  await page.waitForTimeout(700);
  console.log(await screenshot(page, name));
  if (errors.length) console.log("console errors:", errors);
} finally {
  await browser.close();
  server.stop();
}
