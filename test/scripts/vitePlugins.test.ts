import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataGate } from "../../scripts/vitePlugins.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

function dataDir(mutate: (d: ReturnType<typeof miniDataset>) => void = () => {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liaison-gate-"));
  const d = miniDataset();
  mutate(d);
  for (const [key, list] of Object.entries(d))
    fs.writeFileSync(path.join(dir, `${key}.json`), JSON.stringify({ [key]: list }));
  fs.mkdirSync(path.join(dir, "sources"));
  for (const [f, t] of Object.entries(MINI_TEXTS)) fs.writeFileSync(path.join(dir, "sources", f), t);
  return dir;
}

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
    expect(message).toContain(d0EventId());
  });
  it("applies only to builds, not to the dev server", () => {
    expect(dataGate("unused").apply).toBe("build");
  });
});

function d0EventId() {
  return miniDataset().events[0].id;
}
