import { launch, openApp, screenshot, startPreview } from "./test/e2e/browser.ts";
const [name, size, query = "", action = ""] = process.argv.slice(2);
const [w, hgt] = size.split("x").map(Number);
const server = await startPreview(4198);
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url + query, { width: w, height: hgt });
  await page.waitForTimeout(700);
  if (action.includes("wide")) { await page.click(".tl-wide"); await page.waitForTimeout(1200); }
  if (action.includes("key")) { await page.keyboard.press("w"); await page.waitForTimeout(1200); }
  console.log(await screenshot(page, name));
  if (errors.length) console.log("console errors:", errors);
} finally { await browser.close(); server.stop(); }
