import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../scripts/csp.ts";
import { SINGLE_FILE_NAME, singleFileCsp } from "../../scripts/vitePlugins.ts";

type Bundle = Record<string, { type: "asset" | "chunk"; source?: string }>;

/** Runs the plugin's generateBundle on a page the way Rollup would; returns what it emitted. */
function run(bundle: Bundle): string {
  const emitted: Record<string, string> = {};
  const hook = (singleFileCsp().generateBundle as { handler: (this: unknown, o: unknown, b: Bundle) => void }).handler;
  hook.call({ emitFile: (f: { fileName: string; source: string }) => (emitted[f.fileName] = f.source) }, {}, bundle);
  return emitted[SINGLE_FILE_NAME];
}

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const placeholder = contentSecurityPolicy("single", { scripts: ["PENDING"], styles: ["PENDING"] });
const page = (body: string) =>
  `<head><meta http-equiv="Content-Security-Policy" content="${placeholder}" />${body}</head>`;

describe("the single file's policy", () => {
  it("allows exactly its inline script and style, by hash, and workers from blob:", () => {
    const [script, style] = ["console.log(1)", "body{margin:0}"];
    const out = run({
      "index.html": { type: "asset", source: page(`<script type="module">${script}</script><style>${style}</style>`) },
    });
    const policy = /content="([^"]+)"/.exec(out)![1];
    expect(policy).toContain(`script-src ${sha(script)};`);
    expect(policy).toContain(`style-src ${sha(style)};`);
    expect(policy).toContain("worker-src blob:");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toMatch(/unsafe|PENDING|'self'/);
  });
  it("refuses a page that still loads a file, or has files left beside it", () => {
    const html = page(`<script type="module" src="./assets/index.js"></script>`);
    expect(() => run({ "index.html": { type: "asset", source: html } })).toThrow(/refers to a script/);
    expect(() =>
      run({
        "index.html": { type: "asset", source: page("<script>1</script>") },
        "worker.js": { type: "chunk" },
      }),
    ).toThrow(/left files beside the page: worker.js/);
  });
  it("has no policy without the hashes of its scripts", () => {
    expect(() => contentSecurityPolicy("single", { scripts: [], styles: [] })).toThrow(/hashes/);
  });
});

describe("the app's policy", () => {
  it("allows the service worker and the manifest from its own origin, and nothing inline", () => {
    const policy = contentSecurityPolicy("build");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    expect(policy).not.toMatch(/unsafe|sha256/);
  });
});
