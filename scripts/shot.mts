import { launch, openApp, screenshot, startPreview } from "../test/e2e/browser.ts";
const server = await startPreview(4199);
const browser = await launch();
try {
  const q = process.argv[2] ?? "";
  const { page, errors } = await openApp(browser, server.url + q, {
    width: Number(process.argv[4] ?? 1600),
    height: Number(process.argv[5] ?? 900),
  });
  console.log(await screenshot(page, process.argv[3] ?? "shot"));
  console.log("errors:", errors);
} finally {
  await browser.close();
  server.stop();
}
