/**
 * Shared browser harness for the end-to-end tests, screenshots, the benchmark and the profiler:
 * Debian's Chromium driven by playwright-core against `vite preview` of the built app.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-results", "screenshots");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
];

/** `vite preview` of the built app (`mode: "dev"`: the dev server on the sources instead). */
export async function startPreview(
  port: number,
  mode: "preview" | "dev" = "preview",
): Promise<{ url: string; stop: () => void }> {
  // Several checkouts on one machine each set their own offset so their servers do not collide.
  port += Number(process.env.LIAISON_PORT_OFFSET ?? 0);
  const child: ChildProcess = spawn(
    path.join(ROOT, "node_modules/.bin/vite"),
    [...(mode === "preview" ? ["preview"] : []), "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    // CI may force colours on; the port is then wrapped in escape codes, so ask for none.
    { cwd: ROOT, stdio: "pipe", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
  const url = `http://127.0.0.1:${port}/`;
  // Wait for this server to say it listens: a server left on the port by another run would
  // otherwise answer instead (with --strictPort ours exits, and we fail loudly).
  let output = "";
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Strip ANSI escapes in case colours are still forced on.
      if (stripVTControlCharacters(output).includes(`:${port}`)) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`vite preview exited (${code}): ${output.trim()}`)));
    setTimeout(() => reject(new Error(`vite preview did not start: ${output.trim()}`)), 20_000);
  });
  try {
    await listening;
  } catch (e) {
    child.kill();
    throw e;
  }
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("vite preview did not start");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function openApp(
  browser: Browser,
  url: string,
  opts: {
    width?: number;
    height?: number;
    init?: string;
    bypassCSP?: boolean;
    reducedMotion?: boolean;
    /** A touch screen (a phone) */
    touch?: boolean;
    /** "block": no service worker, so no offline copy (as on a first visit that was cut short) */
    serviceWorkers?: "allow" | "block";
  } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1600, height: opts.height ?? 900 },
    deviceScaleFactor: 1,
    hasTouch: opts.touch ?? false,
    bypassCSP: opts.bypassCSP ?? false,
    reducedMotion: opts.reducedMotion ? "reduce" : "no-preference",
    serviceWorkers: opts.serviceWorkers ?? "allow",
  });
  const page = await context.newPage();
  // Every CSP violation of the session is recorded for the tests to assert on.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (opts.init) await page.addInitScript(opts.init);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000, state: "attached" }).catch((e: unknown) => {
    throw new Error(`app did not become ready: ${errors.join(" | ")} ${String(e)}`);
  });
  await page.waitForTimeout(300);
  return { page, errors };
}

export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, ...opts });
  return file;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Writes a fixture next to the built app so a `?data=./e2e/<name>` link can load it. */
export function serveFixture(name: string, data: unknown): void {
  serveFixtureBytes(name, JSON.stringify(data));
}

/** The same for a file given byte for byte (broken JSON, another encoding). */
export function serveFixtureBytes(name: string, bytes: string | Uint8Array): void {
  fs.mkdirSync(path.join(ROOT, "dist", "e2e"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "dist", "e2e", name), bytes);
}
