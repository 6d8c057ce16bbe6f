import { describe, expect, it } from "vitest";
import { dataGate, EARLY_ENTRY, earlyEntry } from "../../scripts/vitePlugins.ts";
import { writeMiniDataDir as dataDir } from "../fixtures/miniDataDir.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

/** Runs the plugin's build start the way Rollup would, collecting what it raises. */
function runGate(dir: string): string | null {
  const plugin = dataGate(dir);
  const hook = plugin.buildStart as (this: { error(m: string): never }) => void;
  try {
    hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("the build's data gate", () => {
  it("lets valid data through", () => {
    expect(runGate(dataDir())).toBeNull();
  });
  it("stops the build on a quote that is not in its document, naming the item", () => {
    const message = runGate(
      dataDir((d) => {
        d.events[0].sources[0].quote = "a sentence the document never says";
      }),
    );
    expect(message).toMatch(/does not pass validation/);
    expect(message).toContain(miniDataset().events[0].id);
  });
  it("applies only to builds, not to the dev server", () => {
    expect(dataGate("unused").apply).toBe("build");
  });
});

describe("the early entry's script tag", () => {
  type Handler = (html: string, ctx: { bundle?: Record<string, unknown> }) => string;
  const handler = (earlyEntry().transformIndexHtml as { handler: Handler }).handler;
  const chunk = {
    type: "chunk",
    isEntry: true,
    fileName: "assets/early-abc.js",
    facadeModuleId: `/repo/${EARLY_ENTRY}`,
  };
  const app = { type: "chunk", isEntry: true, fileName: "assets/index-xyz.js", facadeModuleId: "/repo/index.html" };
  const html = [
    "<head>",
    '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'" />',
    '<script type="module" src="./assets/index-xyz.js"></script>',
    "</head>",
  ].join("\n");
  it("goes right after the CSP meta tag, so the policy covers it and it runs before the app", () => {
    const out = handler(html, { bundle: { a: app, b: chunk } });
    const early = out.indexOf('src="./assets/early-abc.js"');
    expect(early).toBeGreaterThan(out.indexOf("Content-Security-Policy"));
    expect(early).toBeLessThan(out.indexOf("index-xyz.js"));
  });
  it("fails the build rather than ship without it", () => {
    expect(() => handler(html, { bundle: { a: app } })).toThrow(/no chunk/);
    expect(() => handler("<head></head>", { bundle: { b: chunk } })).toThrow(/CSP meta/);
  });
});
